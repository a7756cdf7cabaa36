using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rectify.ServiceDefaults.Edge;

/// <summary><c>SignInLimit</c>: password guesses allowed per client address and per user name in a window.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignInLimit";

    /// <summary>Per user name: a person retyping a password never gets near it; a guessing script does at once.</summary>
    public int PermitsPerUser { get; set; } = 10;

    /// <summary>Per address: higher than per user, since an office behind one NAT signs in together in the morning.</summary>
    public int PermitsPerAddress { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Limits <c>POST /api/auth/token</c> attempts, by the caller's address (after trusted forwarded
/// headers) and by the user name tried, each in its own fixed window. Used by the gateway and again
/// by the units service, which must not rely on being behind the gateway.
/// </summary>
public sealed class SignInRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byUser;

    public SignInRateLimiter(SignInLimitOptions options)
    {
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        _byAddress = Limiter(options.PermitsPerAddress, window);
        _byUser = Limiter(options.PermitsPerUser, window);
    }

    /// <returns>Null when the attempt may go on; otherwise how long to wait.</returns>
    public TimeSpan? TryAcquire(IPAddress? address, string? userName)
    {
        // No address (an in-process test client): only the user-name budget applies.
        using var byAddress = address is null ? null : _byAddress.AttemptAcquire(address.ToString());
        using var byUser = _byUser.AttemptAcquire((userName ?? "").Trim().ToLowerInvariant());
        foreach (var lease in new[] { byAddress, byUser })
            if (lease is { IsAcquired: false })
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        return null;
    }

    /// <summary>A 429 problem with Retry-After, the same shape the gateway's general limiter writes.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Rejected(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            title: "Too many sign-in attempts.", detail: $"Too many sign-in attempts; retry after {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    public void Dispose()
    {
        _byAddress.Dispose();
        _byUser.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));
}

public static class SignInRateLimiterExtensions
{
    public static IServiceCollection AddSignInRateLimiter(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new SignInRateLimiter(
            sp.GetRequiredService<IConfiguration>().GetSection(SignInLimitOptions.Section).Get<SignInLimitOptions>() ?? new SignInLimitOptions()));
        return services;
    }
}
