using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Benchmarks;

/// <summary>
/// The shipped default bundle written by hand in C#: the practical upper limit of throughput. It reads the same slots
/// as the engine and must give the same category and ratio for every enterprise (the benchmark checks it).
/// </summary>
internal sealed class HandWrittenScorer(CompiledBundle bundle)
{
    private readonly Func<string, int> _n = name => bundle.Catalog.Get(name).Slot;

    public (string Category, double Ratio) Score(EnterpriseInput e, DateOnly asOf)
    {
        double N(string name) => e.Numbers[_n(name)];
        string T(string name) => e.Texts[_n(name)]!;
        var red = N("untested_new_process") != 0 || N("undesigned_units") != 0 || N("uncertified_special_workers") >= 1
            || N("major_accidents_3y") >= 1 || N("serious_accidents_3y") >= 2 || N("fatal_general_accidents_1y") >= 2;
        double safety = 100;
        safety -= N("serious_accidents_3y") == 1 ? 10 : 0;
        safety -= N("fatal_accidents_3y") == 1 ? 8 : N("fatal_accidents_3y") >= 2 ? 16 : 0;
        safety -= N("impact_incidents_3y") >= 1 ? 5 : 0;
        safety -= N("major_hazard_sources") >= 1 ? 10 : 0;
        safety -= N("major_hazard_sources") >= 3 ? 5 : 0;
        safety -= N("major_hidden_hazards_open") >= 1 ? 15 : 0;
        var hidden = N("general_hidden_hazards_open");
        safety -= hidden >= 10 ? 10 : hidden >= 5 ? 5 : 0;
        var lec = N("lec_max");
        safety -= lec > 320 ? 20 : lec >= 160 ? 10 : lec >= 70 ? 5 : 0;
        var training = N("safety_training_rate");
        safety -= training < 0.7 ? 6 : training < 0.9 ? 3 : 0;
        safety -= N("emergency_drills_12m") == 0 ? 3 : 0;
        safety += N("standardization_level") switch { 1 => 15, 2 => 5, 3 => 2, _ => 0 };
        safety += N("fire_brigade") != 0 ? 3 : 0;
        safety += N("years_without_accident") >= 5 ? 5 : 0;
        safety = Math.Clamp(safety, 0, 100);
        var level = red ? "红" : safety >= 90 ? "蓝" : safety >= 75 ? "黄" : safety >= 60 ? "橙" : "红";

        var blacklisted = N("blacklisted") != 0;
        double credit = 100;
        credit -= N("abnormal_listed") != 0 ? 20 : 0;
        credit -= N("abnormal_listed") != 0 && N("abnormal_months") >= 24 ? 10 : 0;
        credit -= N("penalties_12m") >= 1 ? 10 : 0;
        credit -= N("penalties_36m") >= 3 ? 15 : 0;
        credit -= N("penalty_amount_36m") >= 100000 ? 10 : 0;
        credit -= N("violations_24m") >= 1 ? 5 : 0;
        credit -= N("violations_24m") >= 2 ? 5 : 0;
        credit += T("tax_grade") switch { "C" => -10, "D" => -20, "A" => 3, _ => 0 };
        credit += T("public_credit_grade") switch { "C" => -10, "D" => -20, _ => 0 };
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
}
