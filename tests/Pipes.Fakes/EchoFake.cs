using System.Text.Json;

namespace Pipes.Fakes;

/// <summary>
/// <c>/echo/...</c>, any method: answers 200 with the request it received. The fault switches
/// turn it into whatever a resilience test needs (503s, 429 with Retry-After, drops, slowness).
/// </summary>
public sealed class EchoFake : IFakeService
{
    public string Name => "Echo";

    public string BasePath => "/echo";

    public void Map(WebApplication app) =>
        app.Map("/echo/{**rest}", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            await context.Response.WriteAsJsonAsync(new
            {
                method = context.Request.Method,
                path = context.Request.Path.Value,
                query = context.Request.QueryString.Value,
                body,
            }, JsonSerializerOptions.Web, context.RequestAborted);
        });

    public void Reset()
    {
    }
}
