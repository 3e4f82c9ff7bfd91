using Microsoft.AspNetCore.Components;

namespace Guides.Components;

/// <summary>What the guide components share: where they link (<see cref="GuideLinks"/>, cascading).</summary>
public abstract class GuideComponentBase : ComponentBase
{
    /// <summary>Where the component links; <see cref="GuideLinks.Default"/> when no cascading value gives it.</summary>
    [CascadingParameter]
    public GuideLinks? Links { get; set; }

    /// <summary>The links in force.</summary>
    protected GuideLinks Urls => Links ?? GuideLinks.Default;
}
