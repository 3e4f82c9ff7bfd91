using System;

namespace Guides
{
    /// <summary>
    /// Marks the class that declares a content project's own front-matter fields. The generator fills one instance
    /// per guide from its front matter, checked at compile time, and the guide returns it from
    /// <see cref="Guide.Fields{T}"/>. Keys map to properties by name, ignoring case, <c>-</c> and <c>_</c>
    /// (<c>reviewed_on</c> is <c>ReviewedOn</c>). One class per project.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
    public sealed class GuideFieldsAttribute : Attribute
    {
    }
}
