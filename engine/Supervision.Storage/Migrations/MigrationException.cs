namespace Supervision.Storage.Migrations;

/// <summary>
/// The database's migration history does not match the scripts of this build: an applied script was changed, or the
/// database has a script this build does not know. Nothing was applied.
/// </summary>
public sealed class MigrationException : Exception
{
    public MigrationException()
    {
    }

    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
