namespace RolesBoard.Api.Founders.Bookings;

/// <summary>
/// A founder's booking of an adviser's slot, with the written brief only that adviser reads. The founder acts on
/// it with the token shown once (or a link minted later, whose hash is <see cref="LinkTokenHashes"/>).
/// </summary>
public sealed class Booking
{
    public Guid Id { get; set; }
    public Guid SlotId { get; set; }
    /// <summary>The slot while the booking holds it, null once cancelled: a unique index here is what keeps a
    /// slot booked at most once, however many requests race for it.</summary>
    public Guid? ActiveSlotId { get; set; }
    public Guid AdviserId { get; set; }
    public DateTimeOffset SlotStart { get; set; }
    public int Minutes { get; set; }

    public string FounderName { get; set; } = "";
    public string FounderEmail { get; set; } = "";
    /// <summary>ISO 3166 code of where the group would found its co-op.</summary>
    public string Country { get; set; } = "";
    public string Brief { get; set; } = "";
    public int? TeamSize { get; set; }

    public BookingStatus Status { get; set; } = BookingStatus.Booked;
    public BookingParty? CancelledBy { get; set; }
    public DateTimeOffset BookedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    public FoundingOutcome? Outcome { get; set; }
    public DateTimeOffset? OutcomeRecordedAt { get; set; }

    public string TokenHash { get; set; } = "";
    /// <summary>Hashes of the tokens in the founder's mail links (cancel, outcome question), minted at booking time.</summary>
    public List<string> LinkTokenHashes { get; set; } = [];
}

public enum BookingStatus
{
    Booked,
    Cancelled,
}

public enum BookingParty
{
    Founder,
    Adviser,
}

public enum FoundingOutcome
{
    Formed,
    Forming,
    JoinedACoop,
    NotNow,
}
