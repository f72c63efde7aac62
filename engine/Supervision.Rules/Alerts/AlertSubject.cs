using Supervision.Rules.Scoring;

namespace Supervision.Rules.Alerts;

/// <summary>One enterprise on one night, as its alert rules see it.</summary>
/// <param name="Assessment">Tonight's assessment.</param>
/// <param name="Signals">Its previous assessment and its new records.</param>
public sealed record AlertSubject(Assessment Assessment, NightSignals Signals);
