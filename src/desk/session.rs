//! Signing in, and the clerk's questionnaire in progress (the draft that
//! survives a crash, a closed window and a sign-out).

use super::{logged, Now, Result};
use crate::store::{Draft, DraftSaved, LoginOutcome, Store};

/// Checks a login and password with the lock-out rule; every attempt is
/// audited.
pub fn login(st: &mut Store, login: &str, password: &str, now: Now) -> Result<LoginOutcome> {
    let r = st.login(login, password, now.utc);
    logged("login", None, r)
}

/// The draft the clerk `login` left, if any.
pub fn load_draft(st: &Store, login: &str) -> Result<Option<Draft>> {
    logged("load-draft", None, st.load_draft(login))
}

/// Saves the draft unless it was committed already or a newer save of it
/// is stored (saves never overtake each other, never outlive the case).
pub fn save_draft(
    st: &mut Store,
    login: &str,
    draft_id: &str,
    generation: u64,
    intake: &str,
    raw: &str,
    now: Now,
) -> Result<DraftSaved> {
    let r = st.save_draft(login, draft_id, generation, intake, raw, now.utc);
    logged("save-draft", None, r)
}
