using Rectify.ServiceDefaults.Errors;

namespace Rectify.Units.Identity;

/// <summary>At least 10 characters with a letter and a digit: long enough to resist guessing, short enough to type.</summary>
public static class PasswordPolicy
{
    public const string Rule = "A password needs at least 10 characters, with letters and digits.";

    public static bool Allows(string password) => password.Length >= 10 && password.Any(char.IsLetter) && password.Any(char.IsDigit);

    public static void Check(string password, string field)
    {
        if (!Allows(password))
            throw new FieldException(field, Rule);
    }
}
