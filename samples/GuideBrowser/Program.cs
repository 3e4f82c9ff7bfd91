using GuideBrowser;
using Guides.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;

// GuideBrowser: the guides and their search in the browser, offline, as WebAssembly.
//   dotnet run --project samples/GuideBrowser
var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
// The content library's GuidesLinkFormat (/{lang}/guides/{id}): its links between guides lead to these pages too.
builder.Services.AddCascadingValue(_ => new GuideLinks("/{lang}/guides/{id}", "/search"));
await builder.Build().RunAsync();
