using System.Collections.Generic;

namespace Guides.Search
{
    /// <summary>
    /// Small lists of folded words too frequent to help a search (articles, pronouns, prepositions, auxiliaries), per
    /// language. The index leaves them out; a query drops them unless it has nothing else.
    /// </summary>
    internal static class StopWords
    {
        private static readonly HashSet<string> English = Set(
            "a an the and or but of to in on at by for with from into as is are was were be been being it its this that " +
            "these those there here you your yours we our us they their them he she his her i me my do does did not no " +
            "so if then than can will would should could may might must shall have has had what which who whom how when " +
            "where why all any each also just only up out about over under via am");

        private static readonly HashSet<string> French = Set(
            "le la les un une des du de d l au aux et ou mais donc or ni car a en dans sur sous par pour avec sans chez " +
            "ce cet cette ces se sa son ses ne pas plus que qui quoi dont il ils elle elles on nous vous je tu me te lui " +
            "leur leurs mon ma mes ton ta tes notre nos votre vos y est sont etre ete avez avons ont ai as etes " +
            "fait comme si tout tous toute toutes tres aussi puis");

        private static readonly HashSet<string> Spanish = Set(
            "el la los las un una unos unas y o pero de del al a en con por para sin sobre que se su sus es son lo le les " +
            "mi mis tu tus nos como mas muy ya");

        private static readonly HashSet<string> German = Set(
            "der die das den dem des ein eine einen einem einer und oder aber in im an am auf aus bei mit nach von vom " +
            "zu zum zur fur ist sind war es sie er wir ihr ich du sich nicht auch als wie wenn so");

        private static readonly HashSet<string> Italian = Set(
            "il lo la i gli le un una uno e o ma di del della dei delle da dal in nel nella con su per tra fra che si " +
            "non come piu anche");

        private static readonly HashSet<string> Portuguese = Set(
            "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por para com sem que se seu sua seus " +
            "suas nao como mais muito");

        // The short function words of the Snowball list that Lucene's Russian analyser uses (no verbs nor adverbs that
        // a reader may search for).
        private static readonly HashSet<string> Russian = Set(
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по ее мне от меня о из ему " +
            "ли если или ни него до вас уж вам ведь там себя ей они тут где ней для мы тебя их чем сам без чего " +
            "себе под ж тогда кто этот того этого ним этом мой тем чтобы нее при об хоть над нас про них эти эту " +
            "моя свою этой перед том им между");

        private static readonly HashSet<string> None = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>The stop words of a language (its primary subtag); none for other languages.</summary>
        public static HashSet<string> For(string? language)
        {
            switch (Stemmer.PrimaryLanguage(language))
            {
                case "en": return English;
                case "fr": return French;
                case "es": return Spanish;
                case "de": return German;
                case "it": return Italian;
                case "pt": return Portuguese;
                case "ru": return Russian;
                default: return None;
            }
        }

        private static HashSet<string> Set(string words) =>
            new HashSet<string>(words.Split(' '), System.StringComparer.Ordinal);
    }
}
