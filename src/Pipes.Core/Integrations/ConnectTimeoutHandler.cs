namespace Pipes.Integrations;

/// <summary>
/// Says a connection not made within <see cref="SocketsHttpHandler.ConnectTimeout"/> (Http.ConnectTimeoutSeconds: the TCP connect
/// and the TLS handshake) as the connection error it is: an <see cref="HttpRequestException"/> with
/// <see cref="HttpRequestError.ConnectionError"/>. .NET throws a <see cref="TaskCanceledException"/> wrapping a
/// <see cref="TimeoutException"/>, the shape of a request that got no answer, which may have been carried out. As a connection
/// error, the request is retried (a send too), a metered search gives its query back (<see cref="TransientFaults.NeverReachedService"/>)
/// and the message names the address tried, for IntegrationHttp and for MSAL's calls alike.
/// </summary>
public sealed class ConnectTimeoutHandler(SocketsHttpHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && exception.InnerException is TimeoutException)
        {
            // Not the caller's token (Ctrl+C, the attempt's own time-out): only the connect timeout cancels from inside the handler.
            // No inner exception: the message shown is the innermost one's, and .NET's names its own property (ConnectTimeout).
            throw new HttpRequestException(HttpRequestError.ConnectionError,
                $"No connection was made within {inner.ConnectTimeout.TotalSeconds:0.###} s (Http.ConnectTimeoutSeconds).");
        }
    }
}
