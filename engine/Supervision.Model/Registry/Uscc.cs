namespace Supervision.Model.Registry;

/// <summary>
/// Unified social credit code (统一社会信用代码) as defined by GB 32100-2015: 18 characters from a 31-symbol
/// alphabet (digits and upper-case letters without I, O, Z, S, V), the last being a check character.
/// </summary>
public static class Uscc
{
    /// <summary>The 31 symbols in the order of their numeric values 0–30 (GB 32100-2015, table 1).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const int Length = 18;

    // Weight of position i is 3^i mod 31 (GB 32100-2015, 4.2).
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // Each ASCII character's value in the alphabet, or −1: every row of every input file names a USCC, and searching
    // the alphabet for each of its 18 characters showed in profiles.
    private static readonly sbyte[] Values = BuildValues();

    /// <summary>Returns null when <paramref name="code"/> is a well-formed USCC, otherwise the reason it is not.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "USCC is empty";
        }

        if (code.Length != Length)
        {
            return $"USCC must have {Length} characters, found {code.Length}";
        }

        for (var i = 0; i < Length; i++)
        {
            if (ValueOf(code[i]) < 0)
            {
                return $"USCC character {i + 1} '{code[i]}' is not allowed (GB 32100-2015 uses 0-9 and A-Y without I, O, S, V, Z)";
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return code[Length - 1] == expected
            ? null
            : $"USCC check character is '{code[Length - 1]}', expected '{expected}' (GB 32100-2015)";
    }

    public static bool IsValid(string? code) => Validate(code) is null;

    /// <summary>Computes the check character for the first 17 characters of a code.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("The check character is computed over exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a USCC character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    private static int ValueOf(char c) => c < Values.Length ? Values[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
