using System;
using System.Collections.Generic;
using System.Linq;
using Guides;
using HelpCenter.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace HelpCenter;

/// <summary>The web app: an index of the guides at <c>/</c> and one page per guide at <c>/guides/{id}</c>.</summary>
public static class HelpCenterApp
{
    /// <summary>The address when none is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the app over <paramref name="guides"/> (an app passes its catalog's <c>All</c>).</summary>
    public static WebApplication Create(string[] args, IReadOnlyList<Guide> guides)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var app = builder.Build();
        var byId = guides.ToDictionary(g => g.Id, StringComparer.OrdinalIgnoreCase);

        app.MapGet("/", () => Html(IndexPage.Render(guides)));
        app.MapGet("/guides/{id}", (string id) => byId.TryGetValue(id, out var guide)
            ? Html(GuidePage.Render(guide))
            : Results.Content(NotFoundPage.Render(id), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");
}
