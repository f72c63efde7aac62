namespace Supervision.Model.Registry;

/// <summary>Kinds of credit record kept per enterprise.</summary>
public enum CreditRecordType
{
    /// <summary>行政处罚: an administrative penalty decision.</summary>
    Penalty,

    /// <summary>经营异常名录: listing in the abnormal-operation list.</summary>
    AbnormalOperation,

    /// <summary>严重违法失信名单: listing in the serious-violation (blacklist) list.</summary>
    Blacklist,

    /// <summary>纳税信用等级: a tax credit grade (A, B, M, C, D).</summary>
    TaxGrade,

    /// <summary>公共信用综合评价: a public credit composite evaluation grade (A, B, C, D).</summary>
    PublicCredit,
}
