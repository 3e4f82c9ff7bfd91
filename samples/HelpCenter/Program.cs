using Guides.Generated;
using HelpCenter;

// HelpCenter: serves the guides of the content library on http://127.0.0.1:5080 (or the address of --urls).
//   dotnet run --project samples/HelpCenter
//   dotnet run --project samples/HelpCenter -- --urls http://127.0.0.1:0     any free port; the address is logged
HelpCenterApp.Create(args, [GuideCatalog.Library]).Run();
