app-title = Emigration desk
gui-placeholder-heading = Departure for permanent residence
gui-placeholder-office = Office: { $office }
gui-placeholder-not-initialised = This workstation is not set up yet. An administrator runs: emigration-desk init
gui-placeholder-cases = Cases in the local store: { $count }
gui-placeholder-store-error = The local store cannot be opened: { $error }

## Identification numbers
err-id-empty = Enter the number.
err-id-length = Must have 12 digits; has { $len }.
err-id-digits = Only digits are allowed.
err-id-never-issued = No such number can be issued: check it against the document.
err-id-check-digit = The check digit is wrong: the number was mistyped.
err-bin-type = The fifth digit of a BIN (type of entity) must be 4, 5 or 6.
err-bin-attribute = The sixth digit of a BIN must be 0 to 3.
err-doc-empty = Enter the document number.
err-idcard-format = An identity card number has 9 digits.
err-passport-chars = A passport number holds only Latin letters and digits.
err-passport-length = A passport number has 6 to 12 characters.
err-phone-empty = Enter the phone number.
err-phone-chars = Only digits, spaces, +, -, ( and ) are allowed.
err-phone-length = A Kazakhstan number has 10 digits after +7 or 8.
err-phone-russian = Numbers starting with 9 after +7 are Russian, not Kazakhstan numbers.
err-phone-not-kz = A Kazakhstan number starts with 7 after the country code.
err-postal-empty = Enter the postal code.
err-postal-format = A postal code is 6 digits, or 7 characters like A01P3K4.
err-name-empty = Enter the name.
err-name-too-long = Too long: at most { $max } characters.
err-name-bad-char = The character “{ $char }” is not allowed in a name.
err-name-edge = A name must start and end with a letter.
err-name-double-separator = Two separators in a row.
err-case-number-format = A case number has 15 digits: office, year, number and a check digit.
err-case-number-check = The check digit of the case number is wrong: it was mistyped or misread.
err-password-short = The password must have at least { $min } characters.
err-password-long = The password must have at most 256 characters.

## Questionnaire problems (shown at the field)
problem-required = Required.
problem-too-long = Too long: at most { $max } characters.
problem-too-many = Too many rows: at most { $max }.
problem-date-future = The date is in the future.
problem-date-before-birth = The date is before the date of birth.
problem-year-range = The year is out of range.
problem-years-reversed = The end year is before the start year.
problem-not-minor = The child is 18 or older on the application date: not a minor.
problem-other-parent-missing = Name the other parent: the child leaves with one parent.
warn-iin-birth-date = The date of birth differs from the one in the IIN. Check the documents (since 2013 this can be right).
warn-iin-no-such-date = The IIN does not begin with a real date. Check the documents.
warn-passport-unusual = Unusual passport number (usually N and 8 digits). Check the passport.
warn-activity-short = The activity table does not cover the last 5 years.
warn-death-certificate = A deceased relative: add the death certificate.

## IIN facts
iin-valid = IIN { $iin } is valid.
iin-born = Date of birth in the IIN: { $date }
iin-born-ambiguous = Date of birth in the IIN: { $first } or { $second }
iin-sex-male = Sex in the IIN: male
iin-sex-female = Sex in the IIN: female
iin-invalid = IIN { $iin } is not valid: { $reason }

## Case status
status-intake_open = intake in progress
status-refused_at_intake = refused at intake (Annex 5)
status-under_review = under review
status-approved = approved, direction issued (Annex 4-1)
status-refused = refused (Annex 1-1)
status-decision_issued = decision ready (Annex 1)
status-transferred_to_provider = decision passed to the provider
status-handed_over = decision handed over

## Checklist
req-questionnaire = Questionnaire-application (Annex 2), signed
req-representative_authority = Document confirming the representative's authority
req-identity_card = Identity card
req-passport = Passport of a citizen of Kazakhstan
req-birth_certificate = Birth certificate of a child under 16
req-alimony_agreement = Alimony agreement (or a court decision)
req-guardianship_conclusion = Conclusion of the guardianship authority (child aged 10 or older)
req-other_parent_consent = Notarised consent of the other parent (or a court decision)
req-fee_receipt = Proof of payment of the state fee
req-registration_request = Request to establish registration (Annex 3)
item-paper = presented on paper
item-information_system = from the state information system
item-alternative = alternative (court decision)
item-missing = missing

## Deadlines
deadline-review = Review with the approving bodies
deadline-direction = Direction (Annex 4-1) or refusal notice
deadline-deregistration = Military and residence deregistration
deadline-handover = Decision handed over
deadline-total = Whole service
deadline-direction_validity = Direction valid until
deadline-storage = Stored at the State Corporation until

## Case transitions
tr-not-opened = The first event of a case must open the intake.
tr-already-opened = The case is already open.
tr-not-allowed = “{ $event }” is not allowed while the case is: { $status }.
tr-incomplete = The package is incomplete: it cannot be accepted.
tr-nothing-missing = Nothing is missing: a refusal to accept must name the missing documents.
tr-negative-conclusion = A negative conclusion is on record: the case cannot be approved.
tr-no-grounds = A refusal must name at least one ground of paragraph 10.
tr-unknown-ground = Paragraph 10 has no ground { $ground }.
tr-ground-without-until = Ground { $ground } needs its “until …”.
tr-already-recorded = Already recorded.
tr-dereg-incomplete = Record the military and the residence deregistration first.
tr-not-at-sc = Only a State Corporation keeps uncollected decisions.
tr-date-before = The date { $on } is before { $earlier }.
tr-poa-incomplete = A power of attorney needs its number, notary and date.
tr-unknown-event = The corrected event is not in this case.
tr-empty-note = A correction needs a note.
tr-validity-before-issue = The valid-until date is before the issue date.

## Store
store-error = Local store error: { $detail }
store-not-initialised = This workstation is not set up yet: run emigration-desk init.
store-already-initialised = This workstation is already set up.
store-office-code-taken = Office code { $code } is already used.
store-login-taken = The login “{ $login }” is taken.
store-case-not-found = No case { $number }.
store-user-not-found = No user “{ $login }”.
store-invalid = The questionnaire has errors:
store-no-profile = No regulation profile is in force on { $date }.
store-schema-too-new = The database was written by a newer version of the program (schema { $found }, this one knows { $known }).
store-forbidden = Not allowed: needs the role { $role }.
store-sequence-exhausted = The case number sequence of office { $code } for this year is exhausted.

## CLI
cli-init-done = Workstation set up: office { $code } “{ $name }”, administrator “{ $login }”. Data: { $path }
cli-password-prompt = Administrator password (at least 8 characters), then Enter:
cli-password-missing = No password given: set EMIGRATION_DESK_PASSWORD or pipe it on standard input.
cli-bad-office-kind = Unknown office kind “{ $kind }”: use state-corporation or migration-police.
cli-bad-office-code = The office code must be a number from 1 to 9999.
cli-read-failed = Cannot read { $path }: { $error }
cli-json-error = { $path }: field { $field }: { $error }
cli-case-imported = Case { $number } stored: { $status }.
cli-case-header = Case { $number } — { $status }
cli-applicant = Applicant: { $name }, IIN { $iin }
cli-opened = Opened: { $date }
cli-accepted = Accepted: { $date }; come back on { $back }
cli-checklist = Required documents ({ $state }):
cli-checklist-complete = complete
cli-checklist-incomplete = incomplete
cli-checklist-item = { $mark } [{ $para }] { $what } — { $whom }: { $status }
cli-fee = State fee: { $tenge } tenge (1 MCI on { $date })
cli-fee-unknown = State fee: no MCI known for { $date }
cli-fee-short = The fee paid is less than due.
cli-deadlines = Due dates:
cli-deadline = { $what }: { $due }{ $done }
cli-deadline-done = (done { $date })
cli-overdue = OVERDUE
cli-no-cases = No cases found.
cli-db-ok = The database is sound: { $path }
cli-db-problems = The database has problems:
cli-rules-imported = Rule data imported: { $kind } { $key }
cli-bad-rule-kind = Unknown rule kind “{ $kind }”: use profile, mci or calendar.
cli-user-added = User “{ $login }” added with the role { $role }.
cli-bad-role = Unknown role “{ $role }”: use clerk, officer, supervisor or administrator.
cli-bad-today = EMIGRATION_DESK_TODAY must be a date YYYY-MM-DD.
