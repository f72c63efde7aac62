namespace Supervision.Data.Exports;

/// <summary>
/// Series colours: the Okabe–Ito palette (told apart by colour-blind readers) without its yellow, which vanishes on paper,
/// in an order where neighbours differ in lightness too, so that a greyscale print still separates them. Past the
/// palette, lines repeat the colours dashed.
/// </summary>
internal static class ChartPalette
{
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#000000"];

    /// <summary>Whether text on the colour should be black (light colours) rather than white.</summary>
    private static readonly bool[] Light = [false, true, false, false, true, true, false];

    private static readonly string[] Dashes = ["6 3", "2 3"];

    public static int Count => Colours.Length;

    public static string Colour(int index) => Colours[index % Colours.Length];

    public static string TextOn(int index) => Light[index % Colours.Length] ? "#000000" : "#FFFFFF";

    /// <summary>The dash pattern of the n-th line, null for a solid line.</summary>
    public static string? Dash(int index) => index < Colours.Length ? null : Dashes[(index / Colours.Length - 1) % Dashes.Length];
}
