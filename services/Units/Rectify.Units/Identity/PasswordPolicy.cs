using Rectify.ServiceDefaults.Errors;

namespace Rectify.Units.Identity;

/// <summary>At least 10 characters with a letter and a digit: long enough to resist guessing, short enough to type.</summary>
public static class PasswordPolicy
{
    public static void Check(string password, string field)
    {
        if (password.Length < 10 || !password.Any(char.IsLetter) || !password.Any(char.IsDigit))
            throw new FieldException(field, "A password needs at least 10 characters, with letters and digits.");
    }
}
