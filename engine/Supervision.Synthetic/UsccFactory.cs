using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Builds valid, unique USCCs (GB 32100-2015): "9" (market supervision) "1" (enterprise), a 2108xx division code,
/// a 9-character organisation code (8 characters and the GB 11714 check character), then the USCC check character.
/// Enterprises registered since the USCC reform of 1 October 2015 get an "MA…" code, older ones an 8-digit one, as in
/// real registries.
/// </summary>
internal sealed class UsccFactory
{
    /// <summary>The start of the USCC reform (国发〔2015〕33号): later registrations get MA codes.</summary>
    public static readonly DateOnly ReformDate = new(2015, 10, 1);

    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private const string OrganisationValues = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly AffinePermutation _newCodes;
    private readonly AffinePermutation _oldCodes;

    public UsccFactory(ulong seed)
    {
        _newCodes = new AffinePermutation(SeededRandom.Derive(seed, (ulong)RandomStream.Permutation, 1), 887_503_681); // 31^6
        _oldCodes = new AffinePermutation(SeededRandom.Derive(seed, (ulong)RandomStream.Permutation, 2), 100_000_000);
    }

    /// <summary>Distinct indices give distinct codes for up to 10^8 enterprises.</summary>
    public string Create(long index, string divisionCode, DateOnly registered)
    {
        ArgumentNullException.ThrowIfNull(divisionCode);
        Span<char> body = stackalloc char[8];
        if (registered >= ReformDate)
        {
            body[0] = 'M';
            body[1] = 'A';
            var value = _newCodes.Apply(index);
            for (var k = 7; k >= 2; k--)
            {
                body[k] = Uscc.Alphabet[(int)(value % Uscc.Alphabet.Length)];
                value /= Uscc.Alphabet.Length;
            }
        }
        else
        {
            var value = _oldCodes.Apply(index);
            for (var k = 7; k >= 0; k--)
            {
                body[k] = (char)('0' + (value % 10));
                value /= 10;
            }
        }

        var first17 = string.Concat("91", divisionCode, body, [OrganisationCheck(body)]);
        return first17 + Uscc.CheckCharacter(first17);
    }

    /// <summary>GB 11714-1997 check character of an organisation code: 11 − Σ cᵢwᵢ mod 11, with 10 → X and 11 → 0.</summary>
    public static char OrganisationCheck(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var k = 0; k < OrganisationWeights.Length; k++)
        {
            sum += OrganisationValues.IndexOf(body[k], StringComparison.Ordinal) * OrganisationWeights[k];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var c => (char)('0' + c),
        };
    }
}
