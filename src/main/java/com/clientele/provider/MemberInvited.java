package com.clientele.provider;

import com.clientele.base.Language;

/**
 * An invitation was made or sent again: its e-mail goes out after the commit. The link's token is
 * made only then ({@link InvitationLinks#issue}), so it exists in the e-mail alone; until then the
 * invitation holds {@code pendingHash}, the hash of a token nobody knows, and a delivery that finds
 * another hash there (a newer resend, or this event handled already) sends nothing.
 *
 * @param language the language of the owner who invited: the mail's
 */
public record MemberInvited(long invitationId, String pendingHash, Language language) {
}
