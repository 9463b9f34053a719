package dev.atrium.core.sending;

/**
 * The send page's form. {@code to} is one of the party's addresses, or {@link #OTHER} for the one typed in
 * {@code otherAddress}; {@code cc} holds the copies in one field.
 */
class SendForm {

    static final String OTHER = "other";

    private String to;
    private String otherAddress;
    private String cc;
    private String subject;
    private String message;

    static SendForm of(SendDraft draft) {
        SendForm form = new SendForm();
        form.to = draft.to().isEmpty() ? OTHER : draft.to();
        form.subject = draft.subject();
        form.message = draft.message();
        return form;
    }

    SendRequest request() {
        return new SendRequest(OTHER.equals(to) || to == null ? otherAddress : to, SendRequest.copies(cc), subject,
                message);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getOtherAddress() {
        return otherAddress;
    }

    public void setOtherAddress(String otherAddress) {
        this.otherAddress = otherAddress;
    }

    public String getCc() {
        return cc;
    }

    public void setCc(String cc) {
        this.cc = cc;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
