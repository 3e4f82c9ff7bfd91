namespace Guides
{
    /// <summary>How hard a guide is to follow, from the <c>difficulty</c> field of its front matter.</summary>
    public enum GuideDifficulty
    {
        /// <summary>The guide does not say.</summary>
        Unspecified = 0,

        /// <summary><c>easy</c>, <c>facile</c>: anyone can follow it.</summary>
        Easy = 1,

        /// <summary><c>medium</c>, <c>moyen</c>: some experience helps.</summary>
        Medium = 2,

        /// <summary><c>hard</c>, <c>difficile</c>: for experienced readers.</summary>
        Hard = 3,
    }
}
