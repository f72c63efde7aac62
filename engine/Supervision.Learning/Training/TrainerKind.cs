namespace Supervision.Learning.Training;

/// <summary>The learners the project ships.</summary>
public enum TrainerKind
{
    /// <summary>Logistic regression by SDCA on standardised features: the calibrated linear baseline.</summary>
    Sdca,

    /// <summary>Boosted trees (FastTree, managed with a shipped native helper; no OpenMP needed), Platt-calibrated on held-out rows.</summary>
    FastTree,

    /// <summary>
    /// Boosted trees by LightGBM (native; needs the OpenMP runtime libgomp1), deterministic on one thread, with native
    /// categorical splits over each one-hot column and the number of trees found by early stopping during selection.
    /// </summary>
    LightGbm,
}
