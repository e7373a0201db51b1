namespace Pipes.Fakes;

/// <summary>
/// ActiveCampaign API v3 under <c>/api/3</c>: the <c>Api-Token</c> header is required and a missing
/// or wrong token is 403 (as ActiveCampaign answers, not 401). Contacts and pipelines join with
/// the ActiveCampaign issue.
/// </summary>
public sealed class ActiveCampaignFake(string apiToken) : IFakeService
{
    public const string DefaultToken = "fake-activecampaign-token-0123456789";

    public string Name => "ActiveCampaign";

    public string BasePath => "/";

    public string ApiToken { get; } = apiToken;

    public void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/3").AddEndpointFilter(async (context, next) =>
        {
            var given = context.HttpContext.Request.Headers["Api-Token"].ToString();
            if (given != ApiToken)
                return Results.Json(new { message = "No Result found for User with id 0" }, statusCode: StatusCodes.Status403Forbidden);
            return await next(context);
        });
        api.MapGet("/users/me", () => Results.Json(new
        {
            user = new { username = "admin", firstName = "Fake", lastName = "Admin", email = "admin@example.com", id = "1" },
        }));
    }

    public void Reset()
    {
    }
}
