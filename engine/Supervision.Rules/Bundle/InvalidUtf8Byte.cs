namespace Supervision.Rules.Bundle;

/// <summary>A byte that is not UTF-8 and where it is: 1-based line, and 1-based column in characters.</summary>
internal readonly record struct InvalidUtf8Byte(byte Byte, int Line, int Column);
