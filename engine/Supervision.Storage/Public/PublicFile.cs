namespace Supervision.Storage.Public;

/// <summary>A generated public download of a draw, as stored.</summary>
public sealed record PublicFile(byte[] Content, string Sha256);
