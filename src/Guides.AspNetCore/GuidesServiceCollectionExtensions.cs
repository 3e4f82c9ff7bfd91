using System;
using System.Collections.Generic;
using System.Linq;
using Guides;
using Guides.AspNetCore;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>builder.Services.AddGuides(GuideCatalog.Library)</c>: the guide libraries that the help section shows.</summary>
public static class GuidesServiceCollectionExtensions
{
    /// <summary>
    /// Adds guide libraries to the help section (each call adds to the ones before; an id that several libraries have is
    /// the first one's), the output cache's <see cref="GuidesOptions.OutputCachePolicyName"/> policy, and the options.
    /// </summary>
    /// <exception cref="ArgumentNullException">A library is null.</exception>
    public static IServiceCollection AddGuides(this IServiceCollection services, params GuideLibrary[] libraries) =>
        services.AddGuides(libraries, configure: null);

    /// <summary>Adds one guide library to the help section, and sets its options.</summary>
    /// <exception cref="ArgumentNullException">The library is null.</exception>
    public static IServiceCollection AddGuides(this IServiceCollection services, GuideLibrary library, Action<GuidesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddGuides([library], configure);
    }

    /// <summary>Adds guide libraries to the help section, and sets its options when <paramref name="configure"/> is given.</summary>
    /// <exception cref="ArgumentNullException">A library is null.</exception>
    public static IServiceCollection AddGuides(this IServiceCollection services, IEnumerable<GuideLibrary> libraries, Action<GuidesOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(libraries);
        var list = libraries.ToList();
        if (list.Any(l => l is null))
        {
            throw new ArgumentNullException(nameof(libraries), "A guide library is null.");
        }

        foreach (var library in list)
        {
            services.AddSingleton(new GuideLibraryRegistration(library));
        }

        var options = services.AddOptions<GuidesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (!services.Any(d => d.ServiceType == typeof(GuideSite)))
        {
            services.TryAddSingleton<GuideSite>();
            services.TryAddSingleton<GuideFileEndpoint>();
            services.AddHostedService<GuideSearchWarmUp>();
            services.AddOutputCache();
            services.AddOptions<OutputCacheOptions>().Configure<IOptions<GuidesOptions>>((cache, guides) =>
                cache.AddPolicy(GuidesOptions.OutputCachePolicyName, policy => policy
                    .Expire(guides.Value.PageCacheDuration)
                    .SetVaryByQuery("q", "lang")
                    // The path as it was asked, case and all: /help/EN/Ameli redirects to /help/en/ameli, and the output
                    // cache's keys ignore the path's case unless the whole app's cache is set otherwise.
                    .VaryByValue(context => new KeyValuePair<string, string>("guides-path", context.Request.Path.Value ?? string.Empty))
                    .Tag(GuidesOptions.OutputCacheTag)));
        }

        return services;
    }
}
