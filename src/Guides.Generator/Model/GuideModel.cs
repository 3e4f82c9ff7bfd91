namespace Guides.Generator.Model
{
    /// <summary>
    /// Everything the emitter needs to write one guide: plain, equatable values only. <see cref="Assets"/>: every file the
    /// guide uses, once; <see cref="Images"/>: its images, once each, in order; <see cref="Files"/>: the paths of the
    /// other files it links to.
    /// </summary>
    internal sealed record GuideModel(
        string FilePath,
        string RelativePath,
        string Id,
        string MemberPath,
        string Language,
        string Title,
        string Description,
        string Category,
        Difficulty Difficulty,
        string Platform,
        DateModel Date,
        EquatableArray<StepModel> Steps,
        EquatableArray<FaqModel> Faq,
        SectionModel? Introduction,
        EquatableArray<TextModel> Requirements,
        EquatableArray<TextModel> Tips,
        EquatableArray<LinkModel> Links,
        EquatableArray<SectionModel> Sections,
        EquatableArray<FileModel> Assets = default,
        EquatableArray<ImageModel> Images = default,
        EquatableArray<string> Files = default,
        EquatableArray<GuideKey> LinksTo = default,
        EquatableArray<OutlineModel> Outline = default,
        int WordCount = 0,
        EquatableArray<CodeBlockModel> CodeBlocks = default,
        EquatableArray<CalloutModel> Callouts = default);

    /// <summary>A date of the front matter; <see cref="None"/> (0, 0, 0) when the guide has none.</summary>
    internal readonly record struct DateModel(int Year, int Month, int Day)
    {
        /// <summary>No date: the record's 0, 0, 0, read as <see langword="null"/>.</summary>
        public static readonly DateModel None = new(0, 0, 0);
    }

    internal sealed record StepModel(int Number, string Title, string Markdown, string Html, string Text, EquatableArray<ImageModel> Images = default, EquatableArray<int> CodeBlocks = default, EquatableArray<int> Callouts = default);

    /// <summary>A question and its answer; <see cref="Callouts"/>, the indexes of the answer's callouts in the guide's (after the body's).</summary>
    internal sealed record FaqModel(string Question, string Answer, string AnswerHtml, EquatableArray<ImageModel> Images = default, EquatableArray<int> Callouts = default);

    /// <summary>A list item (a requirement, a tip); <see cref="Task"/> says whether it is a task item (<c>- [x]</c>), and checked.</summary>
    internal sealed record TextModel(string Markdown, string Html, string Text, TaskMark Task = TaskMark.None);

    /// <summary>
    /// A section; <see cref="Id"/> is the id its heading gives (<c>## Setup {#install}</c>), empty when it gives none;
    /// <see cref="Steps"/>, the items of its numbered lists (its procedure).
    /// </summary>
    internal sealed record SectionModel(
        string Heading, string Markdown, string Html, string Text, EquatableArray<ImageModel> Images = default, string Id = "", EquatableArray<int> CodeBlocks = default, EquatableArray<int> Callouts = default,
        EquatableArray<ProcedureStepModel> Steps = default);

    /// <summary>
    /// An item of a section's numbered list: its number as shown, the heading its list stands under in the section (or
    /// empty), the item, and the indexes of its code blocks and callouts in the guide's.
    /// </summary>
    internal sealed record ProcedureStepModel(int Number, string Heading, TextModel Item, EquatableArray<int> CodeBlocks = default, EquatableArray<int> Callouts = default);

    /// <summary>A fenced code block: the language its info string names first, its <c>title="…"</c>, its code as written.</summary>
    internal sealed record CodeBlockModel(string Language, string Title, string Code);

    /// <summary>A callout (<c>&gt; [!NOTE]</c>, <c>:::tip Title</c>): its kind, its visible title (its own, else the kind's label in the guide's language), its body.</summary>
    internal sealed record CalloutModel(string Kind, string Title, string Html, string Text);

    internal sealed record LinkModel(string Text, string Url);

    /// <summary>
    /// A heading of the body, in the order of the file: its level as written, what it heads, its text (a step's title), and
    /// for a step or a section the index of its part (in the steps, in the sections; 0 for the introduction).
    /// </summary>
    internal readonly record struct OutlineModel(int Level, OutlineKind Kind, string Title, int Part);

}
