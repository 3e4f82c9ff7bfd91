using System;
using System.ComponentModel;

namespace Guides
{
    /// <summary>
    /// What a shard of a content set (a project with <c>GuidesShardFolders</c> or <c>GuidesShardLanguages</c>) holds: its
    /// catalog, its guide files and anchors, and its links to guides of other shards, for the library project over the
    /// shards to check at compile time. Generated code applies it to the shard's assembly; its text is the generator's.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class GuideShardAttribute : Attribute
    {
        /// <summary>Generated code calls this.</summary>
        /// <param name="data">The shard's facts, as the generator writes them.</param>
        public GuideShardAttribute(string data)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
        }

        /// <summary>The shard's facts, as the generator writes them.</summary>
        public string Data { get; }
    }
}
