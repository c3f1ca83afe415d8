// Generated from specs/8x8-connect-contacts/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/api/v1/accounts/{accountId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search contacts
         * @description Page through the account's contacts, optionally only those matching a
         *     name or address (`query`), in a group (`groupId`), or in a country.
         */
        get: operations["searchContacts"];
        put?: never;
        /**
         * Create contact
         * @description Create a contact. If one of its addresses already belongs to a contact,
         *     it is merged into that one and the answer is `200 OK`; otherwise it is
         *     `201 Created`. If its addresses match more than one contact, the
         *     answer is `409 Conflict`.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The contact's `id`, as a create or search answered it, written as a
                 *     string (e.g. `"41764986"`).
                 * @example 41764986
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get contact information by id
         * @description Read one contact of the account by its `id`.
         */
        get: operations["getContactById"];
        put?: never;
        post?: never;
        /**
         * Delete contact
         * @description Delete one contact by its `id`.
         *
         *     Reading: `204` whether or not the contact existed, because 8x8 states
         *     no other answer.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update contact
         * @description Change a contact with JSON Patch steps, e.g. replace `/firstName`, add
         *     `/addresses/lineId`, or add `/customAttributes/Department`. The body
         *     is sent as `application/json`, as 8x8 asks, not
         *     `application/json-patch+json`.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/blacklist/{msisdn}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The phone number to blacklist.
                 * @example 6512345678
                 */
                msisdn: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Blacklist a phone number
         * @description Blacklist one phone number for the account, so that it receives no
         *     messages from it.
         */
        post: operations["blacklistMsisdn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search groups
         * @description Page through the account's groups, optionally only those matching a `name`.
         */
        get: operations["searchGroups"];
        put?: never;
        /**
         * Create group
         * @description Create a group of contacts. Its name must not be taken in the account.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * Get group information by id
         * @description Read one group of the account by its `id`.
         */
        get: operations["getGroupById"];
        put?: never;
        post?: never;
        /**
         * Delete group
         * @description Delete one group by its `id`. Its contacts stay; to delete them too,
         *     use the batch delete of groups.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Update group
         * @description Change a group with JSON Patch steps, e.g. replace `/name`, add
         *     `/description`, or replace `/isBlacklist`.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/{groupId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add contacts to a group
         * @description Add contacts to the group by their ids.
         */
        post: operations["addContactsToGroup"];
        /**
         * Remove contacts from a group
         * @description Remove contacts from the group by their ids; the contacts stay in the
         *     account. The ids go in the body of this DELETE.
         */
        delete: operations["removeContactsFromGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/batches/createContacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch create contacts
         * @description Import contacts from a CSV or Excel file in the background. With a
         *     header row the columns are matched by name; without one, name them in
         *     `fileColumns`.
         */
        post: operations["uploadContactsInBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/batches/deleteContacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch delete contacts
         * @description Delete contacts in the background: those with the given `ids` or
         *     `msisdns`, or every contact of the account with `all: true`.
         */
        post: operations["deleteContactsInBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/batches/copyContacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy contacts between groups
         * @description Copy, in the background, every contact of group `from` into group
         *     `to`; they stay in `from` too.
         */
        post: operations["copyContactsInBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/batches/moveContacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move contacts between groups
         * @description Move, in the background, every contact of group `from` into group
         *     `to`: they leave `from`.
         *
         *     Reading: the contacts leave the group, not the account, because 8x8
         *     says the move deletes them "in the original group".
         */
        post: operations["moveContactsInBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/groups/batches/deleteGroups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch delete groups
         * @description Delete several groups in the background, and with `deleteContacts:
         *     true` their contacts too.
         */
        post: operations["deleteGroupsInBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List batch jobs
         * @description Page through the account's batch jobs, optionally only those of one `type`.
         */
        get: operations["listBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The batch job's `id`, as the call that started it answered it.
                 * @example 3c4d6bbe-0f0b-4c5b-9a4b-6f1f2b6d4e21
                 */
                batchId: components["parameters"]["BatchId"];
            };
            cookie?: never;
        };
        /**
         * Get batch information by id
         * @description Read one batch job by its `id`, e.g. to see whether it is done.
         */
        get: operations["getBatchById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A group of contacts: its id, name, description, how many contacts it
         *     holds, when it was created, and whether it is a blacklist.
         */
        Group: {
            /**
             * @description The group's id, assigned by 8x8.
             *
             *     Reading: never negative, because the search's `groupId` has minimum 0.
             */
            id?: number;
            /** @description How many contacts the group holds. */
            contacts?: number;
            /** @description When the group was created (RFC 3339, UTC). */
            createdAt?: string;
            /** @description The group's name, unique in the account. */
            name?: string;
            /** @description What the group is for. */
            description?: string;
            /** @description Whether the group is a blacklist, whose numbers receive no messages. */
            isBlacklist?: boolean;
        };
        /**
         * @description Where the contact can be reached: a phone number, an e-mail address and
         *     chat app user ids. Each is optional; send at least one, since a contact is
         *     found and merged by its addresses.
         *
         *     Reading: "at least one" is not enforced, because 8x8's schema states it as
         *     advice only and lets an empty object through.
         */
        Addresses: {
            /**
             * @description The contact's phone number (MSISDN): international (E.164, with or
             *     without `+`), or national together with the contact's `country`.
             *
             *     Reading: 7 to 15 digits after an optional `+`, a leading `0` allowed,
             *     because 8x8 accepts national numbers while its pattern
             *     (`^\+{0,1}[1-9]{1}[0-9]{6,14}$`) refuses a leading `0`.
             * @example 16511112222
             */
            msisdn?: string;
            /** @description The contact's WeChat user id. */
            weChatUserId?: string;
            /** @description The contact's Facebook (Messenger) user id. */
            facebookUserId?: string;
            /**
             * Format: email
             * @description The contact's e-mail address.
             */
            email?: string;
            /** @description The contact's Zalo user id. */
            zaloId?: string;
            /** @description The contact's LINE user id. */
            lineId?: string;
            /** @description The contact's KakaoTalk user id. */
            kakaoTalkId?: string;
        };
        /**
         * @description Your own fields of the contact, by name, e.g. `company` or `department`.
         *
         *     Reading: any JSON value, because 8x8 gives the values no type, though
         *     every example uses strings.
         */
        CustomAttributes: {
            [key: string]: unknown;
        };
        /**
         * @description A contact as the API returns it: what it was created with, plus the `id`
         *     and `createdAt` that 8x8 assigns and the full record of each group.
         */
        Contact: {
            /**
             * @description The contact's id, assigned by 8x8. Pass it as a string wherever a
             *     `contactId` path parameter asks for it.
             */
            id: number;
            /** @description When the contact was created (RFC 3339, UTC). */
            createdAt?: string;
            /** @description First name of the contact. */
            firstName?: string;
            /** @description Last name of the contact. */
            lastName?: string;
            /** @description Identifier of the contact in your own system. */
            externalId?: string;
            /** @description Country of the contact, as it was given (an Alpha-2 code on create). */
            country?: string;
            /**
             * @description The groups the contact belongs to, each once.
             *
             *     Reading: may be empty, because 8x8's own search example answers
             *     `groups: []` though its schema asks for at least one.
             */
            groups?: components["schemas"]["Group"][];
            addresses: components["schemas"]["Addresses"];
            customAttributes?: components["schemas"]["CustomAttributes"];
        };
        /** @description One page of the contacts a search matched, and where it sits in the results. */
        ContactList: {
            /** @description This page's contacts, each once. */
            items: components["schemas"]["Contact"][];
            /** @description This page's number, counted from 1. */
            page: number;
            /** @description How many pages there are at this page size. */
            totalPages: number;
            /**
             * @description How many contacts the account holds.
             *
             *     Reading: every one in the account, matched or not, because 8x8's
             *     example answers 7 here beside `totalFiltered` 1 and one item.
             */
            totalCount: number;
            /** @description How many contacts the search matched. */
            totalFiltered: number;
            /** @description Whether a page comes before this one. */
            hasPreviousPage: boolean;
            /** @description Whether a page follows this one. */
            hasNextPage: boolean;
        };
        /**
         * @description Why a request failed: a numeric `code`, a `message` for people, the
         *     `errorId` to quote to 8x8 support, and when it happened.
         */
        ErrorResponse: {
            /** @description The error code, e.g. `1002` for a phone number that is not in E.164 format. */
            code: number;
            /** @description What went wrong, for people. */
            message?: string;
            /**
             * Format: uuid
             * @description This error's id. Quote it when you ask 8x8 support about the request.
             */
            errorId: string;
            /**
             * Format: date-time
             * @description When the error occurred.
             */
            timestamp: string;
        };
        /** @description A group, named by its `id`. */
        GroupReference: {
            /** @description The group's `id`. */
            id: number;
        };
        /**
         * @description The contact to create. Only `addresses` is required; a contact that shares
         *     an address with an existing one is merged into it.
         */
        CreateContactRequest: {
            /** @description First name of the contact. */
            firstName?: string;
            /** @description Last name of the contact. */
            lastName?: string;
            /** @description Identifier of the contact in your own system. */
            externalId?: string;
            /**
             * @description The contact's country as an Alpha-2 code, e.g. `US`. Send it when
             *     `addresses.msisdn` is a national number.
             */
            country?: string;
            /** @description Groups to add the contact to, each once. */
            groups?: components["schemas"]["GroupReference"][];
            addresses: components["schemas"]["Addresses"];
            /** @description Your own fields of the contact, at most 50. */
            customAttributes?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description One step of a JSON Patch (RFC 6902): what to do (`op`), where (`path`, a
         *     JSON Pointer such as `/firstName` or `/customAttributes/Department`), and
         *     the new `value`, or the `from` pointer of a copy or move.
         */
        PatchOperation: {
            /**
             * @description `add`, `remove` or `replace` the value at `path`; `copy` or `move` the
             *     value at `from` to `path`; or `test` that `path` holds `value`.
             * @enum {string}
             */
            op: "add" | "remove" | "replace" | "copy" | "move" | "test";
            /**
             * Format: json-pointer
             * @description Where to apply the step, as a JSON Pointer (RFC 6901).
             */
            path: string;
            /**
             * Format: json-pointer
             * @description Where `copy` and `move` take the value from, as a JSON Pointer.
             */
            from?: string;
            /**
             * @description The value to add, replace with or test for; a string must not be
             *     empty.
             *
             *     Reading: any JSON value, as JSON Patch has it, because 8x8's schema
             *     says a non-empty string while its own group example sends `true`.
             */
            value?: unknown;
        };
        /** @description The changes to make, as JSON Patch (RFC 6902) steps applied in order. */
        PatchDocument: components["schemas"]["PatchOperation"][];
        /** @description One page of the groups a search matched, and where it sits in the results. */
        GroupList: {
            /** @description This page's groups, each once. */
            items: components["schemas"]["Group"][];
            /** @description This page's number, counted from 1. */
            page: number;
            /** @description How many pages there are at this page size. */
            totalPages: number;
            /** @description How many groups the account holds, matched or not. */
            totalCount: number;
            /** @description How many groups the search matched. */
            totalFiltered: number;
            /** @description Whether a page comes before this one. */
            hasPreviousPage: boolean;
            /** @description Whether a page follows this one. */
            hasNextPage: boolean;
        };
        /** @description The group to create. Its `name` must not be taken in the account. */
        CreateGroupRequest: {
            /** @description The group's name, unique in the account. */
            name: string;
            /** @description What the group is for. */
            description?: string;
            /**
             * @description Whether the group is a blacklist, whose numbers receive no messages.
             * @default false
             */
            isBlacklist?: boolean;
        };
        /** @description The contacts to add to or remove from the group, by id. */
        ContactIdList: {
            /** @description The contacts' ids. */
            contacts?: number[];
        };
        /**
         * @description A CSV or Excel file of contacts, and how to read it. With a header row the
         *     columns are matched by name; without one, `fileColumns` names them in
         *     order.
         */
        UploadContactsRequest: {
            /**
             * @description The file's content, at most 30 MB.
             *
             *     Reading: megabytes, because 8x8 writes "30 Mb" for a file size.
             */
            file: Blob | Uint8Array;
            /** @description Ids of up to 10 groups to add the contacts to, comma-separated, e.g. `11566,88996`. */
            groups?: string;
            /**
             * @description Whether the file's first row names its columns.
             * @default true
             */
            fileHasHeader?: boolean;
            /**
             * @description The file's columns in order, comma-separated, e.g.
             *     `msisdn, firstName, lastName`. Needed when `fileHasHeader` is `false`.
             */
            fileColumns?: string;
        };
        /**
         * @description What a batch job does, named after the operation that started it.
         * @enum {string}
         */
        BatchType: "createContacts" | "deleteContacts" | "copyContacts" | "moveContacts" | "deleteGroups" | (string & {});
        /**
         * @description Where a batch job is: `queued` and `inProgress` while it runs; `completed`
         *     when it succeeded; `failed`, `stopped` or `timeout` when it ended without
         *     succeeding.
         *
         *     Reading: the last four are final, because 8x8 gives no transitions and
         *     none of them can lead back to running.
         * @enum {string}
         */
        BatchStatus: "queued" | "inProgress" | "failed" | "completed" | "stopped" | "timeout" | (string & {});
        /**
         * @description A batch job that imports contacts from a file: the job's fields, the
         *     uploaded file, and the import's counts once it has run.
         *
         *     Reading: the file and count fields are optional and only described,
         *     because they appear in 8x8's job list example but in none of its schemas.
         */
        BatchUploadJob: {
            /**
             * Format: uuid
             * @description The batch job's id; read the job by it.
             */
            id?: string;
            type?: components["schemas"]["BatchType"];
            status?: components["schemas"]["BatchStatus"];
            /** @description When the job was created (RFC 3339, UTC). */
            createdAt?: string;
            /** @description The uploaded file's name. */
            fileName?: string;
            /**
             * @description The uploaded file's kind.
             * @enum {string}
             */
            fileType?: "csv" | "xls" | (string & {});
            /** @description Where 8x8 keeps the uploaded file (a URL). */
            fileLocation?: string;
            /** @description Where 8x8 keeps the rows it could not import (a URL). */
            invalidFileLocation?: string;
            /** @description How many rows the file has. */
            totalRows?: number;
            /** @description How many rows could not be imported. */
            errorRows?: number;
            /** @description How many rows repeated a contact. */
            duplicatedRows?: number;
            /** @description How many rows became contacts. */
            insertedRows?: number;
            /** @description How many groups the contacts were added to. */
            contactGroups?: number;
        };
        /**
         * @description The contacts to delete: by `ids`, by `msisdns`, or every contact of the
         *     account with `all: true`.
         *
         *     Reading: any combination is sent as given, because 8x8 requires none of
         *     the three and says nothing of how they combine.
         */
        BatchDeleteContactsRequest: {
            /** @description Ids of the contacts to delete. */
            ids?: number[];
            /** @description Phone numbers of the contacts to delete, with or without `+`. */
            msisdns?: string[];
            /** @description `true` deletes every contact in the account. */
            all?: boolean;
        };
        /**
         * @description A batch job: work the API accepted and does in the background. Read it
         *     again by its `id` until its `status` is final.
         */
        BatchJob: {
            /**
             * Format: uuid
             * @description The batch job's id; read the job by it.
             */
            id?: string;
            type?: components["schemas"]["BatchType"];
            status?: components["schemas"]["BatchStatus"];
            /** @description When the job was created (RFC 3339, UTC). */
            createdAt?: string;
        };
        /** @description The groups to delete, and whether their contacts go with them. */
        BatchDeleteGroupsRequest: {
            /** @description Ids of the groups to delete. */
            ids: number[];
            /** @description `true` also deletes the contacts in these groups. */
            deleteContacts: boolean;
        };
        /**
         * @description One page of the account's batch jobs, and where it sits in the list.
         *
         *     Reading: every field may be missing and the page may be empty, because
         *     8x8's schema requires none of them (unlike the contact and group lists)
         *     and an account may have run no batch yet.
         */
        BatchJobList: {
            /** @description This page's batch jobs, each once. */
            items?: (components["schemas"]["BatchJob"] | components["schemas"]["BatchUploadJob"])[];
            /** @description This page's number, counted from 1. */
            page?: number;
            /** @description How many pages there are at this page size. */
            totalPages?: number;
            /** @description How many batch jobs the account holds, matched or not. */
            totalCount?: number;
            /** @description How many batch jobs the search matched. */
            totalFiltered?: number;
            /** @description Whether a page comes before this one. */
            hasPreviousPage?: boolean;
            /** @description Whether a page follows this one. */
            hasNextPage?: boolean;
        };
    };
    responses: {
        /**
         * @description The request is invalid, e.g. a phone number that is not in E.164 format;
         *     `code` and `message` say what is wrong.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description What the request names (a contact, group or batch job) does not exist in the account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Another group of the account already has this name. */
        GroupNameTaken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
         *     digits, which may be hyphenated like a UUID.
         * @example 0f8fad5b-d9cb-469f-a165-70867728950e
         */
        AccountId: string;
        /**
         * @description How many items a page holds.
         * @example 20
         */
        Limit: number;
        /**
         * @description Which page to answer, counted from 0: `0` is the first `limit` items,
         *     `1` the next, and so on.
         *
         *     Reading: a page index, not an item count, because 8x8 calls it a "page
         *     offset" to be incremented for more items.
         * @example 0
         */
        Offset: number;
        /**
         * @description The contact's `id`, as a create or search answered it, written as a
         *     string (e.g. `"41764986"`).
         * @example 41764986
         */
        ContactId: string;
        /**
         * @description The group's `id`, as a create or search answered it.
         * @example 8199
         */
        GroupId: number;
        /**
         * @description The id of the group whose contacts are taken.
         * @example 8199
         */
        FromGroup: number;
        /**
         * @description The id of the group that receives the contacts.
         * @example 8039
         */
        ToGroup: number;
        /**
         * @description The batch job's `id`, as the call that started it answered it.
         * @example 3c4d6bbe-0f0b-4c5b-9a4b-6f1f2b6d4e21
         */
        BatchId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Group = components['schemas']['Group'];
export type Addresses = components['schemas']['Addresses'];
export type CustomAttributes = components['schemas']['CustomAttributes'];
export type Contact = components['schemas']['Contact'];
export type ContactList = components['schemas']['ContactList'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type GroupReference = components['schemas']['GroupReference'];
export type CreateContactRequest = components['schemas']['CreateContactRequest'];
export type PatchOperation = components['schemas']['PatchOperation'];
export type PatchDocument = components['schemas']['PatchDocument'];
export type GroupList = components['schemas']['GroupList'];
export type CreateGroupRequest = components['schemas']['CreateGroupRequest'];
export type ContactIdList = components['schemas']['ContactIdList'];
export type UploadContactsRequest = components['schemas']['UploadContactsRequest'];
export type BatchType = components['schemas']['BatchType'];
export type BatchStatus = components['schemas']['BatchStatus'];
export type BatchUploadJob = components['schemas']['BatchUploadJob'];
export type BatchDeleteContactsRequest = components['schemas']['BatchDeleteContactsRequest'];
export type BatchJob = components['schemas']['BatchJob'];
export type BatchDeleteGroupsRequest = components['schemas']['BatchDeleteGroupsRequest'];
export type BatchJobList = components['schemas']['BatchJobList'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseGroupNameTaken = components['responses']['GroupNameTaken'];
export type ParameterAccountId = components['parameters']['AccountId'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterGroupId = components['parameters']['GroupId'];
export type ParameterFromGroup = components['parameters']['FromGroup'];
export type ParameterToGroup = components['parameters']['ToGroup'];
export type ParameterBatchId = components['parameters']['BatchId'];
export type $defs = Record<string, never>;
export interface operations {
    searchContacts: {
        parameters: {
            query?: {
                /**
                 * @description How many items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Which page to answer, counted from 0: `0` is the first `limit` items,
                 *     `1` the next, and so on.
                 *
                 *     Reading: a page index, not an item count, because 8x8 calls it a "page
                 *     offset" to be incremented for more items.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description A name, or one of the contact's addresses (phone number, e-mail…), to match.
                 * @example John
                 */
                query?: string;
                /**
                 * @description Only contacts in this group.
                 * @example 8199
                 */
                groupId?: number;
                /**
                 * @description Only contacts of this country, as an Alpha-2 code.
                 * @example US
                 */
                country?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the matching contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The contact was merged into the existing contact that had one of its addresses; the body is that contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The contact was created; the body is the new contact, with its `id`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The addresses match more than one contact, so there is none to merge into. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getContactById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The contact's `id`, as a create or search answered it, written as a
                 *     string (e.g. `"41764986"`).
                 * @example 41764986
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The contact's `id`, as a create or search answered it, written as a
                 *     string (e.g. `"41764986"`).
                 * @example 41764986
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The contact's `id`, as a create or search answered it, written as a
                 *     string (e.g. `"41764986"`).
                 * @example 41764986
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchDocument"];
            };
        };
        responses: {
            /** @description The contact, changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    blacklistMsisdn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The phone number to blacklist.
                 * @example 6512345678
                 */
                msisdn: string;
            };
            cookie?: never;
        };
        /**
         * @description An optional JSON string.
         *
         *     Reading: sent only as given, because 8x8 declares a string body here
         *     and says nothing of what it holds.
         */
        requestBody?: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description The number is blacklisted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description The request was not authenticated, e.g. a missing or wrong API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchGroups: {
        parameters: {
            query?: {
                /**
                 * @description How many items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Which page to answer, counted from 0: `0` is the first `limit` items,
                 *     `1` the next, and so on.
                 *
                 *     Reading: a page index, not an item count, because 8x8 calls it a "page
                 *     offset" to be incremented for more items.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description A group name to match.
                 * @example customers
                 */
                name?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the matching groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The group was created; the body is the new group, with its `id`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["GroupNameTaken"];
        };
    };
    getGroupById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group, as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description The group does not exist in the account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The group is gone.
             *
             *     Reading: no body, because a 204 has none, though 8x8 puts a "group
             *     not found" error example here; that example is the 404's.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The group does not exist in the account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchDocument"];
            };
        };
        responses: {
            /** @description The group, as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["GroupNameTaken"];
        };
    };
    addContactsToGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIdList"];
            };
        };
        responses: {
            /** @description The group, as it is now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    removeContactsFromGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The group's `id`, as a create or search answered it.
                 * @example 8199
                 */
                groupId: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIdList"];
            };
        };
        responses: {
            /** @description The group, as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    uploadContactsInBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadContactsRequest"];
            };
        };
        responses: {
            /**
             * @description The file was accepted and is imported in the background: wait for
             *     the job by reading it by its `id` until its `status` is final.
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUploadJob"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    deleteContactsInBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchDeleteContactsRequest"];
            };
        };
        responses: {
            /**
             * @description The job was accepted and runs in the background: wait for it by reading
             *     it by its `id` until its `status` is final.
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJob"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    copyContactsInBatch: {
        parameters: {
            query: {
                /**
                 * @description The id of the group whose contacts are taken.
                 * @example 8199
                 */
                from: components["parameters"]["FromGroup"];
                /**
                 * @description The id of the group that receives the contacts.
                 * @example 8039
                 */
                to: components["parameters"]["ToGroup"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The job was accepted and runs in the background: wait for it by reading
             *     it by its `id` until its `status` is final.
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJob"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    moveContactsInBatch: {
        parameters: {
            query: {
                /**
                 * @description The id of the group whose contacts are taken.
                 * @example 8199
                 */
                from: components["parameters"]["FromGroup"];
                /**
                 * @description The id of the group that receives the contacts.
                 * @example 8039
                 */
                to: components["parameters"]["ToGroup"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The job was accepted and runs in the background: wait for it by reading
             *     it by its `id` until its `status` is final.
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJob"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    deleteGroupsInBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchDeleteGroupsRequest"];
            };
        };
        responses: {
            /**
             * @description The job was accepted and runs in the background: wait for it by reading
             *     it by its `id` until its `status` is final.
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJob"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    listBatches: {
        parameters: {
            query?: {
                /**
                 * @description How many items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Which page to answer, counted from 0: `0` is the first `limit` items,
                 *     `1` the next, and so on.
                 *
                 *     Reading: a page index, not an item count, because 8x8 calls it a "page
                 *     offset" to be incremented for more items.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Only jobs of this kind.
                 * @example createContacts
                 */
                type?: "createContacts" | "deleteContacts" | "copyContacts" | "moveContacts" | "deleteGroups";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the account's batch jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJobList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getBatchById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
                 *     digits, which may be hyphenated like a UUID.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The batch job's `id`, as the call that started it answered it.
                 * @example 3c4d6bbe-0f0b-4c5b-9a4b-6f1f2b6d4e21
                 */
                batchId: components["parameters"]["BatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch job, as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchJob"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
}
