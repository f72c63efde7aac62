namespace Supervision.Storage.Tasks;

/// <summary>An inspection item of a task as the draw froze it from the plan.</summary>
/// <param name="Code">The item's code, e.g. JT-001.</param>
/// <param name="Title">What is checked; the code itself when the draw's plan did not list it.</param>
/// <param name="Basis">The legal basis (文号 and article); empty when the draw's plan did not list the item.</param>
/// <param name="Key">A key item (重点检查事项), checked on every task of the plan.</param>
public sealed record TaskItem(string Code, string Title, string Basis, bool Key);
