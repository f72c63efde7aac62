namespace Supervision.Synthetic;

/// <summary>
/// Mutually exclusive ways one rule family can contribute to a score (e.g. LEC: none, −5, −10, −20), each with its
/// points and its natural weight. A recipe picks one option per group.
/// </summary>
/// <param name="Name">For diagnostics.</param>
/// <param name="Points">Points of each option.</param>
/// <param name="Weights">Natural weight of each option; 0 excludes it.</param>
internal sealed record RecipeGroup(string Name, IReadOnlyList<int> Points, IReadOnlyList<double> Weights)
{
    public static RecipeGroup Of(string name, params (int Points, double Weight)[] options)
        => new(name, [.. options.Select(o => o.Points)], [.. options.Select(o => o.Weight)]);
}
