using System.Globalization;
using Supervision.Model.Registry;

namespace Supervision.Tests.Import;

/// <summary>Valid and invalid USCCs for tests: 17 characters plus the GB 32100-2015 check character.</summary>
internal static class TestUscc
{
    public static string Valid(int number)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"91310115MA1K{number:D5}");
        return first17 + Uscc.CheckCharacter(first17);
    }

    /// <summary>A code whose check character is wrong.</summary>
    public static string WrongCheck(int number)
    {
        var valid = Valid(number);
        var wrong = Uscc.Alphabet[(Uscc.Alphabet.IndexOf(valid[^1], StringComparison.Ordinal) + 1) % Uscc.Alphabet.Length];
        return valid[..^1] + wrong;
    }
}
