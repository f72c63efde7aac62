namespace Supervision.Draws.Record;

/// <summary>One visit to one enterprise; joint when tasks of several departments share it.</summary>
/// <remarks>PublicationDue is null when the working-day calendar does not yet reach it (next year not published).</remarks>
public sealed record VisitRecord(string VisitId, string Uscc, DateOnly WindowFrom, DateOnly WindowTo, IReadOnlyList<string> Tasks, bool Joint, DateOnly? PublicationDue);
