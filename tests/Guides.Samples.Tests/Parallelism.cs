// The test classes run one after the other: GuideBrowserTests publishes a Blazor WebAssembly app (minutes of both cores),
// and the browser tests of the HelpCenter that ran beside it waited past their timeouts for a page to load (seen in CI
// runs on 2 cores: the search tests' navigation after Enter, 60 s). Each class shares one server and one browser.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
