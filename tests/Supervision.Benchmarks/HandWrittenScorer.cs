using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Benchmarks;

/// <summary>
/// The shipped default bundle written by hand in C#: the practical upper limit of throughput. It reads the same slots
/// as the engine and must give the same category and ratio for every enterprise (the benchmark checks it).
/// </summary>
internal sealed class HandWrittenScorer(CompiledBundle bundle)
{
    // Slots resolved once, by name, so that the hot path indexes arrays like compiled code would.
    private readonly int _abnormal_listed = Slot(bundle, "abnormal_listed");
    private readonly int _abnormal_months = Slot(bundle, "abnormal_months");
    private readonly int _blacklisted = Slot(bundle, "blacklisted");
    private readonly int _emergency_drills_12m = Slot(bundle, "emergency_drills_12m");
    private readonly int _fatal_accidents_3y = Slot(bundle, "fatal_accidents_3y");
    private readonly int _fatal_general_accidents_1y = Slot(bundle, "fatal_general_accidents_1y");
    private readonly int _fire_brigade = Slot(bundle, "fire_brigade");
    private readonly int _general_hidden_hazards_open = Slot(bundle, "general_hidden_hazards_open");
    private readonly int _impact_incidents_3y = Slot(bundle, "impact_incidents_3y");
    private readonly int _lec_max = Slot(bundle, "lec_max");
    private readonly int _major_accidents_3y = Slot(bundle, "major_accidents_3y");
    private readonly int _major_hazard_sources = Slot(bundle, "major_hazard_sources");
    private readonly int _major_hidden_hazards_open = Slot(bundle, "major_hidden_hazards_open");
    private readonly int _penalties_12m = Slot(bundle, "penalties_12m");
    private readonly int _penalties_36m = Slot(bundle, "penalties_36m");
    private readonly int _penalty_amount_36m = Slot(bundle, "penalty_amount_36m");
    private readonly int _public_credit_grade = Slot(bundle, "public_credit_grade");
    private readonly int _safety_training_rate = Slot(bundle, "safety_training_rate");
    private readonly int _serious_accidents_3y = Slot(bundle, "serious_accidents_3y");
    private readonly int _standardization_level = Slot(bundle, "standardization_level");
    private readonly int _tax_grade = Slot(bundle, "tax_grade");
    private readonly int _uncertified_special_workers = Slot(bundle, "uncertified_special_workers");
    private readonly int _undesigned_units = Slot(bundle, "undesigned_units");
    private readonly int _untested_new_process = Slot(bundle, "untested_new_process");
    private readonly int _violations_24m = Slot(bundle, "violations_24m");
    private readonly int _years_without_accident = Slot(bundle, "years_without_accident");

    public (string Category, double Ratio) Score(EnterpriseInput e, DateOnly asOf)
    {
        var n = e.Numbers;
        var t = e.Texts;
        var red = n[_untested_new_process] != 0 || n[_undesigned_units] != 0 || n[_uncertified_special_workers] >= 1
            || n[_major_accidents_3y] >= 1 || n[_serious_accidents_3y] >= 2 || n[_fatal_general_accidents_1y] >= 2;
        double safety = 100;
        safety -= n[_serious_accidents_3y] == 1 ? 10 : 0;
        safety -= n[_fatal_accidents_3y] == 1 ? 8 : n[_fatal_accidents_3y] >= 2 ? 16 : 0;
        safety -= n[_impact_incidents_3y] >= 1 ? 5 : 0;
        safety -= n[_major_hazard_sources] >= 1 ? 10 : 0;
        safety -= n[_major_hazard_sources] >= 3 ? 5 : 0;
        safety -= n[_major_hidden_hazards_open] >= 1 ? 15 : 0;
        var hidden = n[_general_hidden_hazards_open];
        safety -= hidden >= 10 ? 10 : hidden >= 5 ? 5 : 0;
        var lec = n[_lec_max];
        safety -= lec > 320 ? 20 : lec >= 160 ? 10 : lec >= 70 ? 5 : 0;
        var training = n[_safety_training_rate];
        safety -= training < 0.7 ? 6 : training < 0.9 ? 3 : 0;
        safety -= n[_emergency_drills_12m] == 0 ? 3 : 0;
        safety += n[_standardization_level] switch { 1 => 15, 2 => 5, 3 => 2, _ => 0 };
        safety += n[_fire_brigade] != 0 ? 3 : 0;
        safety += n[_years_without_accident] >= 5 ? 5 : 0;
        safety = Math.Clamp(safety, 0, 100);
        var level = red ? "红" : safety >= 90 ? "蓝" : safety >= 75 ? "黄" : safety >= 60 ? "橙" : "红";

        var blacklisted = n[_blacklisted] != 0;
        double credit = 100;
        credit -= n[_abnormal_listed] != 0 ? 20 : 0;
        credit -= n[_abnormal_listed] != 0 && n[_abnormal_months] >= 24 ? 10 : 0;
        credit -= n[_penalties_12m] >= 1 ? 10 : 0;
        credit -= n[_penalties_36m] >= 3 ? 15 : 0;
        credit -= n[_penalty_amount_36m] >= 100000 ? 10 : 0;
        credit -= n[_violations_24m] >= 1 ? 5 : 0;
        credit -= n[_violations_24m] >= 2 ? 5 : 0;
        credit += t[_tax_grade] switch { "C" => -10, "D" => -20, "A" => 3, _ => 0 };
        credit += t[_public_credit_grade] switch { "C" => -10, "D" => -20, _ => 0 };
        credit = Math.Clamp(credit, 0, 100);
        var @class = blacklisted ? "D" : credit >= 90 ? "A" : credit >= 75 ? "B" : credit >= 60 ? "C" : "D";

        var category = level switch
        {
            "红" => "I",
            "橙" => @class is "A" or "B" ? "II" : "I",
            "黄" => @class switch { "A" or "B" => "III", "C" => "II", _ => "I" },
            _ => @class switch { "A" => "IV", "B" => "III", "C" => "II", _ => "I" },
        };
        if (blacklisted)
        {
            return ("I", 1.0);
        }

        return (category, category switch { "I" => 0.3, "II" => 0.1, "III" => 0.05, _ => 0.03 });
    }

    private static int Slot(CompiledBundle bundle, string name) => bundle.Catalog.Get(name).Slot;
}
