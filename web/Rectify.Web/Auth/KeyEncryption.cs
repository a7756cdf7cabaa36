using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace Rectify.Web.Auth;

/// <summary>
/// <c>DataProtection:CertificatePath</c> (a PKCS#12 file, password in <c>DataProtection:CertificatePassword</c>)
/// encrypts the cookie-protection keys at rest. Without it the keys are plain XML in the data folder,
/// and whoever reads that folder can forge sign-in cookies: the operator must then keep the folder on
/// an encrypted volume readable only by the web process (docs/security.md).
/// </summary>
internal static class KeyEncryption
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (configuration[CertificatePathKey] is not { Length: > 0 } path)
            return builder;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{CertificatePathKey}: {path} has no private key; the keys could be encrypted but never read back.");
        return builder.ProtectKeysWithCertificate(certificate);
    }
}
