-- The organisation a body belongs to (ADR 0003, "Within a convention"): set when an agent of a collectivité that does
-- not lead the convention (or a partner) creates it. NULL — every body recorded so far, and those the Caf, the lead
-- collectivité or an administrator create — is a body of the whole convention (COPIL, COTECH…): the Caf, the lead
-- collectivité and administrators change it, and so do the agents of its commune when it has one (an instance locale).
ALTER TABLE governance.body ADD COLUMN owner_id UUID;
