namespace Supervision.Data.Import;

/// <summary>What the bytes of one line are, as far as telling UTF-8 from GB18030 goes.</summary>
public enum LineKind
{
    /// <summary>ASCII only: the same in every encoding the importers read.</summary>
    Ascii,

    /// <summary>Non-ASCII and valid UTF-8 (GB18030 may read such a line too, but as other characters).</summary>
    Utf8,

    /// <summary>Non-ASCII, not valid UTF-8, valid GB18030.</summary>
    Gb18030,

    /// <summary>Non-ASCII and valid in neither (Latin-1 often, or damaged bytes).</summary>
    Neither,
}
