-- Projects by name, so that a performance indicator or a procurement contract naming a project that was
-- never registered is refused field by field (422) before any command runs. Kept by a subscribing event
-- handler in the transaction of ProjectRegistered, like the other write-side tables.
CREATE TABLE project (
    department    VARCHAR(32)  NOT NULL REFERENCES department (code),
    name          VARCHAR(200) NOT NULL,
    project_id    VARCHAR(64)  NOT NULL UNIQUE,
    PRIMARY KEY (department, name)
);
