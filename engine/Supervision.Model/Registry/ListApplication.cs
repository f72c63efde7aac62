namespace Supervision.Model.Registry;

/// <summary>
/// An application to leave a list (credit-repairs.csv), as the department recorded it: early removal from the
/// serious-dishonesty list through credit repair (信用修复), or removal from the abnormal-operation list once the ground is
/// corrected. The facts are recorded; the bundle's list rules decide what they do.
/// </summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="List">The list: <see cref="CreditRecordType.Blacklist"/> or <see cref="CreditRecordType.AbnormalOperation"/>.</param>
/// <param name="ListingDocumentNo">Document number (文号) of the listing it asks to end.</param>
/// <param name="AppliedOn">When the application was received.</param>
/// <param name="DecidedOn">When the department decided on it; null while pending.</param>
/// <param name="PenaltiesFulfilled">The penalty decisions' obligations have been fulfilled (已履行行政处罚决定).</param>
/// <param name="HarmRemoved">The harm and its effects have been removed (已主动消除危害后果和不良影响).</param>
/// <param name="CommitmentSigned">A credit-repair commitment has been signed (信用修复承诺书).</param>
/// <param name="Corrected">The listing's ground has been corrected (补报年报、更正公示信息、恢复住所联系).</param>
/// <param name="DecisionNo">Document number of the decision, or empty.</param>
public sealed record ListApplication(
    string Uscc,
    CreditRecordType List,
    string ListingDocumentNo,
    DateOnly AppliedOn,
    DateOnly? DecidedOn,
    bool PenaltiesFulfilled,
    bool HarmRemoved,
    bool CommitmentSigned,
    bool Corrected,
    string DecisionNo);
