namespace Supervision.Data.Results;

/// <summary>One finding of an inspection: the item checked and the violation found, coded as the list codes it.</summary>
public sealed record ResultFinding(string Item, string ViolationCode);
