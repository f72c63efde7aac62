namespace Supervision.Application.Reports;

/// <summary>The Chinese words of the 电子监察 report: recusal grounds and change request states.</summary>
public static class DisciplineWords
{
    public static string Ground(string ground) => ground switch
    {
        "interest" => "利害关系",
        "relative" => "近亲属关系",
        "employment" => "任职或雇佣关系",
        "other" => "其他可能影响公正的关系",
        _ => ground,
    };

    public static string Status(string status) => status switch
    {
        "proposed" => "待审核",
        "approved" => "已批准，待发布",
        "rejected" => "已驳回",
        "withdrawn" => "已撤回",
        "published" => "已发布",
        _ => status,
    };
}
