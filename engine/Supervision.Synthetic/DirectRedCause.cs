namespace Supervision.Synthetic;

/// <summary>The direct-to-red conditions of 应急〔2018〕19号 as the default bundle declares them (rules/evaluation/safety.yaml).</summary>
internal enum DirectRedCause
{
    /// <summary>uncertified_special_workers ≥ 1.</summary>
    UncertifiedSpecialWorkers,

    /// <summary>undesigned_units.</summary>
    UndesignedUnits,

    /// <summary>untested_new_process.</summary>
    UntestedNewProcess,

    /// <summary>major_accidents_3y ≥ 1.</summary>
    MajorAccident,

    /// <summary>serious_accidents_3y ≥ 2.</summary>
    SeriousAccidents,

    /// <summary>fatal_general_accidents_1y ≥ 2.</summary>
    FatalAccidentsOneYear,
}
