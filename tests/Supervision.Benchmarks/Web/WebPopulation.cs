namespace Supervision.Benchmarks.Web;

/// <summary>The database the pages are measured on: its counts, how long each part took to load, and what routes are filled with.</summary>
/// <param name="Enterprises">Enterprises in the registry.</param>
/// <param name="Inspectors">Inspectors in the directory.</param>
/// <param name="Draws">The draws written and their row counts.</param>
/// <param name="Accounts">The inspectors with an account (user name, inspector id), busiest first.</param>
/// <param name="Password">Every account's password.</param>
/// <param name="LoadSeconds">Each part of the load and its seconds.</param>
/// <param name="NameFragment">Part of an enterprise name that has tasks (for the public search).</param>
/// <param name="UsccPrefix">The first fourteen characters of such an enterprise's USCC.</param>
internal sealed record WebPopulation(
    int Enterprises,
    int Inspectors,
    WebDraws Draws,
    IReadOnlyList<(string User, string InspectorId)> Accounts,
    string Password,
    IReadOnlyList<(string Part, double Seconds)> LoadSeconds,
    string NameFragment,
    string UsccPrefix);
