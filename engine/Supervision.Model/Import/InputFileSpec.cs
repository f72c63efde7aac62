namespace Supervision.Model.Import;

/// <summary>One input file of a data directory, as <see cref="InputFiles"/> declares it.</summary>
/// <param name="Name">The file's name in the data directory.</param>
/// <param name="Meaning">What it holds, for people (reports, docs).</param>
/// <param name="RequiredToScore">Scoring refuses a data directory without it.</param>
/// <param name="RequiredToDraw">A draw refuses to go ahead unless it has accepted rows (the input gates).</param>
/// <param name="PerEnterprise">Its rows belong to enterprises (cut by enterprise for the nightly chunks), not shared by every chunk.</param>
public sealed record InputFileSpec(string Name, string Meaning, bool RequiredToScore, bool RequiredToDraw, bool PerEnterprise);
