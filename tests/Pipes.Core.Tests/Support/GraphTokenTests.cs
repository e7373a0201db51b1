using Pipes.Fakes;
using Pipes.Outlook;

namespace Pipes.Tests.Support;

/// <summary>
/// The set-up the Outlook suites share: the Graph fake over real HTTP, a fresh configuration on a
/// stepping clock, signed in with the fake's token (the simplest sign-in; the app-only and delegated
/// suites set up their own).
/// </summary>
public abstract class GraphTokenTests : IClassFixture<FakeServerFixture>, IDisposable
{
    protected GraphTokenTests(FakeServerFixture fixture)
    {
        Server = fixture.Server;
        Server.Reset();
        Graph = Server.Service<GraphFake>();
        Env = new TestEnvironment(Clock);
        Env.Pipes.Settings.Set("Outlook.GraphBaseUrl", Server.UrlOf(Graph));
        Env.Pipes.Secrets.Set(OutlookClient.TokenSecret, GraphFake.ValidToken);
    }

    protected FakeServer Server { get; }

    protected GraphFake Graph { get; }

    protected SteppingClock Clock { get; } = new();

    protected TestEnvironment Env { get; }

    /// <summary>A client as a command builds one: once per invocation, on the test's configuration.</summary>
    protected OutlookClient Client => new(Env.Pipes);

    public virtual void Dispose() => Env.Dispose();
}
