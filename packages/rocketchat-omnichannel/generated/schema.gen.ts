// Generated from specs/rocketchat-omnichannel/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/api/v1/omnichannel/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a contact
         * @description Create a contact and answer its contact id. Permission:
         *     `create-livechat-contact`.
         *
         *     `customFields` must be custom fields the workspace allows, and
         *     `contactManager` the user id of an agent.
         */
        post: operations["registerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a contact
         * @description Change a contact's name, addresses, custom fields or manager, and
         *     answer the contact as it is now. Permission: `update-livechat-contact`.
         *
         *     `emails` and `phones` replace the whole list. A new name is also shown
         *     in the contact's conversations. `wipeConflicts: true` discards the
         *     contact's conflicting details.
         *
         *     Reading: an unknown `contactId` answers `400` with
         *     `error-contact-not-found`, not `404`, because that is what the server
         *     sends.
         */
        post: operations["updateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Read a contact by its contact id. Permission: `view-livechat-contact`.
         *
         *     A visitor id finds nothing here: visitors and contacts have separate
         *     ids, and a contact's visitors are in its `channels`.
         *
         *     Reading: an unknown or disabled contact answers `404`, because the
         *     server sends it, though Rocket.Chat's description lists no `404`.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search contacts
         * @description Page through the contacts whose name, e-mail address or phone number
         *     contains `searchText` (ignoring case), sorted by name unless `sort`
         *     says otherwise. Permission: `view-livechat-contact`.
         *
         *     Reading: the answer's `count` is the page size asked for (after the
         *     default and the cap), not the number of contacts in the page, because
         *     that is what the server sends; count the items instead.
         */
        get: operations["searchContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a contact's past conversations
         * @description Page through a contact's closed conversations, latest closed first
         *     unless `sort` says otherwise. Permission:
         *     `view-livechat-contact-history`.
         *
         *     Reading: the answer lists the conversations (`history`, `count`,
         *     `offset`, `total`), because the server sends them, though Rocket.Chat's
         *     description shows only `success`; here `count` is the number of
         *     conversations in the page. An unknown contact answers `400` with
         *     `error-contact-not-found`.
         */
        get: operations["getContactHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a contact's channels
         * @description List the channels a contact reached the workspace on, one per channel
         *     name (the one with the latest conversation). Permission:
         *     `view-livechat-contact`.
         *
         *     Reading: an unknown contact answers an empty list, not `404`, because
         *     that is what the server sends.
         */
        get: operations["getContactChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a contact's conflicts
         * @description Settle the details that differ between a contact and what reached the
         *     workspace on another channel, and answer the contact as it is now (in
         *     `result`). Each value sent becomes the contact's and clears its
         *     conflict; `wipeConflicts: true` discards all of them. Works only on a
         *     contact that has conflicts. Permission: `update-livechat-contact`.
         *
         *     Reading: `contactManager` is an agent's user id, not a username,
         *     because the server looks the agent up by id, though Rocket.Chat's own
         *     example sends a username.
         */
        post: operations["resolveContactConflicts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.checkExistence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether a contact exists
         * @description Tell whether a contact with this contact id, e-mail address or phone
         *     number is registered. Give exactly one of the three. Permission:
         *     `view-livechat-contact`.
         */
        get: operations["checkContactExistence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a contact's channel
         * @description Block a contact's channel (marks it `blocked`), closing the visitor's
         *     open conversation on it with a comment.
         *     The channel is named by its visitor id (a contact's
         *     `channels[].visitor.visitorId`) and source. Needs the Enterprise
         *     edition. Permission: `block-livechat-contact`.
         *
         *     Reading: a channel already blocked may answer `400` with
         *     `error-contact-not-found`, because the server reports a change that
         *     modified nothing that way.
         */
        post: operations["blockContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contacts.unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unblock a contact's channel
         * @description Unblock a contact's channel (clears `blocked`).
         *     The channel is named by its visitor id (a contact's
         *     `channels[].visitor.visitorId`) and source. Needs the Enterprise
         *     edition. Permission: `unblock-livechat-contact`.
         *
         *     Reading: a channel already unblocked may answer `400` with
         *     `error-contact-not-found`, because the server reports a change that
         *     modified nothing that way.
         */
        post: operations["unblockContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a visitor (legacy)
         * @deprecated
         * @description Read a visitor by its visitor id. Permission: `view-l-room`.
         *
         *     Use `getContact` instead: Rocket.Chat removed this operation from its
         *     API description in December 2024, when contacts replaced visitors,
         *     though servers still answer it. The two are not interchangeable:
         *     `getContact` takes a contact id (a visitor id finds nothing there),
         *     needs the `view-livechat-contact` permission, answers a missing contact
         *     with `404`, and its contact has `emails`, `phones`, `customFields` and
         *     `channels` where a visitor has `visitorEmails`, `phone` and
         *     `livechatData`.
         *
         *     An id that no enabled visitor has, a contact id included, answers
         *     `200 OK` with `contact: null`; the client reports that answer as a
         *     `NotFoundError`.
         */
        get: operations["getOmnichannelContact"];
        put?: never;
        /**
         * Register or update a visitor (legacy)
         * @description Create a visitor, or update the one registered with the same `token`,
         *     and answer its visitor id. Permission: `view-l-room`.
         *
         *     Rocket.Chat notes that this operation will be replaced; to keep
         *     contacts, use `registerContact` and `updateContact`. What is sent
         *     replaces what is stored: an empty `email` or `phone` removes it, and
         *     leaving out `contactManager` removes the visitor's manager. With no
         *     visitor for the `token`, a guest with the same `email` is reused and
         *     takes the new token.
         */
        post: operations["registerOmnichannelContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/omnichannel/contact.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a visitor (legacy)
         * @description Find one visitor by e-mail address, phone number or custom field
         *     values; `contact` is `null` when none matches. Give at least one of
         *     `email`, `phone` and `custom`. Permission: `view-l-room`.
         *
         *     Rocket.Chat notes that this operation will be replaced; to search
         *     contacts, use `searchContacts`.
         */
        get: operations["searchOmnichannelContact"];
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
         * @description The body of most error answers (`400`, `403`, `404`, `429`): `success` is
         *     `false` and `error` says what went wrong.
         */
        ErrorResponse: {
            /**
             * @description Always `false` in an error answer.
             * @constant
             */
            success?: false;
            /**
             * @description What went wrong: a validator message ending in `[invalid-params]`, a
             *     code such as `error-contact-not-found`, or a `Match error: …` on the
             *     legacy routes.
             */
            error?: string;
            /**
             * @description The kind of error, `invalid-params` when the request failed the
             *     route's schema; left out for errors found while handling the request.
             */
            errorType?: string;
        };
        /**
         * @description The body of a `401 Unauthorized` answer. Unlike the other error bodies, it
         *     has `status` and `message` instead of `success` and `error`.
         */
        AuthorizationError: {
            /** @description The outcome of the request, `error`. */
            status?: string;
            /** @description What went wrong, as a message for people. */
            message?: string;
        };
        /** @description An e-mail address of a visitor or contact. */
        EmailAddress: {
            /**
             * @description The e-mail address, for example `guest@example.com`. The server
             *     trims and lower-cases it but checks no format, so stored addresses
             *     need not be valid.
             */
            address?: string;
        };
        /** @description A phone number of a visitor or contact. */
        Phone: {
            /**
             * @description The phone number as it was given, for example `+91123456788`.
             *
             *     Reading: non-empty, in no fixed format, because the server stores a
             *     phone only when one is given and checks no format.
             */
            phoneNumber?: string;
        };
        /** @description Which visitor, on which source, a channel belongs to. */
        VisitorRef: {
            /** @description The visitor id (not a contact id), for example `68f0d2c201e202fefed83672`. */
            visitorId: string;
            /** @description The source the visitor came through. */
            source: {
                /**
                 * @description The source type: `widget`, `email`, `sms`, `app`, `api` or
                 *     `other`. The server checks only that it is a string.
                 */
                type: string;
                /** @description The source's id, for app sources. */
                id?: string;
            };
        };
        /** @description The most recent conversation (room). */
        LastChat: {
            /** @description The room id, for example `ixnGsLNT8rTL9eYY3`. */
            _id?: string;
            /**
             * Format: date-time
             * @description When the conversation started.
             */
            ts?: string;
        };
        /** @description One channel a contact reached the workspace on, and the visitor behind it. */
        ContactChannel: {
            /** @description The channel's name, for example `widget`. */
            name?: string;
            visitor?: components["schemas"]["VisitorRef"];
            /** @description Whether the channel is blocked (see `blockContact`). */
            blocked?: boolean;
            /** @description Whether the contact's identity on this channel is verified. */
            verified?: boolean;
            /**
             * Format: date-time
             * @description When the identity was verified.
             */
            verifiedAt?: string;
            /** @description The field that was verified, for example `email`. */
            field?: string;
            /** @description The verified value, for example the verified address. */
            value?: string;
            /** @description Where the channel's conversations come from; `type` is always there. */
            details?: {
                /** @description The source type, for example `widget`. */
                type?: string;
                /** @description Where the conversations arrive, for example an e-mail address. */
                destination?: string;
            };
            lastChat?: components["schemas"]["LastChat"];
        };
        /** @description A detail that differs between the contact and what arrived on another channel. */
        ConflictingField: {
            /** @description The field, `name`, `manager` or `customFields.<key>`. */
            field?: string;
            /** @description The value that arrived. */
            value?: string;
        };
        /**
         * @description A contact: the person behind one or more visitors, with a contact id
         *     (not a visitor id).
         */
        Contact: {
            /** @description The contact id, for example `673c76df47a6c9b89dd263d8`. */
            _id?: string;
            /**
             * Format: date-time
             * @description When the contact was last changed.
             */
            _updatedAt?: string;
            /**
             * Format: date-time
             * @description When the contact was created, for example `2024-11-19T11:30:39.710Z`.
             */
            createdAt?: string;
            /** @description The contact's name. */
            name?: string;
            /** @description The contact's e-mail addresses. */
            emails?: components["schemas"]["EmailAddress"][];
            /** @description The contact's phone numbers. */
            phones?: components["schemas"]["Phone"][];
            /**
             * @description The contact's custom field values by field name, for example
             *     `{"zip-code": "10001"}`.
             */
            customFields?: {
                [key: string]: unknown;
            };
            /** @description Whether the contact is still unknown (created from a visitor and not yet registered). */
            unknown?: boolean;
            /** @description The channels the contact reached the workspace on, one visitor each. */
            channels?: components["schemas"]["ContactChannel"][];
            /** @description Details that arrived on another channel and differ from the contact's, to resolve with `resolveContactConflicts`. */
            conflictingFields?: components["schemas"]["ConflictingField"][];
            lastChat?: components["schemas"]["LastChat"];
            /** @description The user id of the agent who manages the contact, for example `rbAXPnMktTFbNpwtJ`. */
            contactManager?: string;
            /** @description Whether an agent created the contact and no visitor is linked to it yet. */
            preRegistration?: boolean;
            /** @description The months the contact was active, for example `2025-05`. */
            activity?: string[];
        };
        /** @description The agent who manages a contact, as a search lists it. */
        ManagerSummary: {
            /** @description The agent's user id, for example `cbTgcixmLxYSdFmmZ`. */
            _id?: string;
            /** @description The agent's name. */
            name?: string;
            /** @description The agent's username. */
            username?: string;
        };
        /**
         * @description A contact as a search lists it: the fields of `Contact.yaml`, with the
         *     manager's id, name and username instead of the id alone.
         */
        ContactSearchItem: {
            /** @description The contact id, for example `673c76df47a6c9b89dd263d8`. */
            _id?: string;
            /**
             * Format: date-time
             * @description When the contact was last changed.
             */
            _updatedAt?: string;
            /**
             * Format: date-time
             * @description When the contact was created, for example `2024-11-19T11:30:39.710Z`.
             */
            createdAt?: string;
            /** @description The contact's name. */
            name?: string;
            /** @description The contact's e-mail addresses. */
            emails?: components["schemas"]["EmailAddress"][];
            /** @description The contact's phone numbers. */
            phones?: components["schemas"]["Phone"][];
            /**
             * @description The contact's custom field values by field name, for example
             *     `{"zip-code": "10001"}`.
             */
            customFields?: {
                [key: string]: unknown;
            };
            /** @description Whether the contact is still unknown (created from a visitor and not yet registered). */
            unknown?: boolean;
            /** @description The channels the contact reached the workspace on, one visitor each. */
            channels?: components["schemas"]["ContactChannel"][];
            /** @description Details that arrived on another channel and differ from the contact's, to resolve with `resolveContactConflicts`. */
            conflictingFields?: components["schemas"]["ConflictingField"][];
            lastChat?: components["schemas"]["LastChat"];
            /** @description Whether an agent created the contact and no visitor is linked to it yet. */
            preRegistration?: boolean;
            /** @description The months the contact was active, for example `2025-05`. */
            activity?: string[];
            contactManager?: components["schemas"]["ManagerSummary"];
        };
        /** @description One closed conversation (room) of a contact, trimmed to what a history shows. */
        HistoryEntry: {
            /** @description The room id, for example `CT5bru2WjJ2EsmGbH`. */
            _id?: string;
            /** @description The room's display name, the visitor's name. */
            fname?: string;
            /**
             * Format: date-time
             * @description When the conversation started.
             */
            ts?: string;
            /**
             * Format: date-time
             * @description When the conversation was closed.
             */
            closedAt?: string;
            /** @description Who closed it, for example `user` or `visitor`. */
            closer?: string;
            /** @description The user who closed it, for example with `_id` `9sLvmAcQk4EAGdi6e`. */
            closedBy?: {
                [key: string]: unknown;
            };
            /** @description How many messages the conversation has. */
            msgs?: number;
            /** @description The visitor the conversation was with. */
            v?: {
                [key: string]: unknown;
            };
            /** @description The agent who served it. */
            servedBy?: {
                [key: string]: unknown;
            };
            /** @description The conversation's tags. */
            tags?: string[];
            /** @description Where the conversation came from; its `type` is for example `widget`. */
            source?: {
                [key: string]: unknown;
            };
            /** @description The conversation's last message. */
            lastMessage?: {
                [key: string]: unknown;
            };
            /** @description Whether the visitor's identity was verified in it. */
            verified?: boolean;
        };
        /** @description The agent who manages a visitor. */
        ContactManager: {
            /** @description The agent's username, for example `kim.jane`. */
            username?: string;
            /** @description The agent's user id, for example `rbAXPnMktTFbNpwtJ`. */
            _id?: string;
            /** @description The agent's name. */
            name?: string;
        };
        /**
         * @description A visitor: one guest identity on one channel, with a visitor id (not a
         *     contact id), or `null` when no enabled visitor matches. The server sends
         *     the whole stored visitor, so fields beyond these can appear.
         */
        Visitor: {
            /** @description The visitor id, for example `653f9ce1a2f73c7460e18e82`. */
            _id?: string;
            /** @description The visitor's generated username, for example `guest-39`. */
            username?: string;
            /**
             * Format: date-time
             * @description When the visitor was created, for example `2023-10-30T12:09:05.982Z`.
             */
            ts?: string;
            /**
             * @description The string the client chose when it registered the visitor, for
             *     example `434lxd7iss8yh8c4m80wh`; registering with it again updates
             *     the same visitor.
             */
            token?: string;
            /**
             * Format: date-time
             * @description When the visitor was last changed.
             */
            _updatedAt?: string;
            /** @description The visitor's name. */
            name?: string;
            /** @description The id of the visitor's department, for example `MgzoccgEFHZ856i97`. */
            department?: string;
            /** @description The visitor's presence status, for example `online`. */
            status?: string;
            contactManager?: components["schemas"]["ContactManager"];
            /**
             * @description The visitor's custom field values by field name, for example
             *     `{"hobby": "gaming"}`.
             */
            livechatData?: {
                [key: string]: unknown;
            };
            /** @description The visitor's phone numbers; may be `null`. */
            phone?: components["schemas"]["Phone"][] | null;
            /** @description The visitor's e-mail addresses. */
            visitorEmails?: components["schemas"]["EmailAddress"][];
            lastChat?: components["schemas"]["LastChat"];
        } | null;
        /** @description A visitor, or `null` in `contact` when none matches. */
        VisitorResponse: {
            contact?: components["schemas"]["Visitor"];
            /**
             * @description Always `true` in a `200 OK` answer, including one whose `contact` is `null`.
             * @constant
             */
            success?: true;
        };
    };
    responses: {
        /** @description The `X-Auth-Token` and `X-User-Id` headers are missing or do not identify a logged-in user. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthorizationError"];
            };
        };
        /** @description The user lacks the permission the operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The server's rate limiter refused the request, which it does on every
         *     route when a user calls too often; wait before sending it again.
         */
        TooManyRequests: {
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
         * @description The contact id (a contact's `_id`, not a visitor id), for example
         *     `673653b997f0fbcd657f0ebf`.
         * @example 673653b997f0fbcd657f0ebf
         */
        ContactId: string;
        /**
         * @description How many matching items to skip; `0`, the first item, when left out.
         * @example 50
         */
        Offset: number;
        /**
         * @description How many items to answer: the workspace's Default Count (50 unless
         *     changed) when left out, and at most its Max Record Amount (100 unless
         *     changed; more is cut to it). `0` answers every matching item at once
         *     while the workspace allows it, so the paging helpers never send it.
         * @example 25
         */
        Count: number;
        /**
         * @description The order, as a JSON object of field names in the order they apply, each
         *     `1` for ascending or `-1` for descending, for example
         *     `{"value": -1, "_id": 1}`.
         * @example {"value": -1, "_id": 1}
         */
        Sort: string;
        /**
         * @description The visitor id to read (despite the parameter's name, not a contact id),
         *     for example `653f9ce1a2f73c7460e18e82`.
         * @example 653f9ce1a2f73c7460e18e82
         */
        VisitorId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type AuthorizationError = components['schemas']['AuthorizationError'];
export type EmailAddress = components['schemas']['EmailAddress'];
export type Phone = components['schemas']['Phone'];
export type VisitorRef = components['schemas']['VisitorRef'];
export type LastChat = components['schemas']['LastChat'];
export type ContactChannel = components['schemas']['ContactChannel'];
export type ConflictingField = components['schemas']['ConflictingField'];
export type Contact = components['schemas']['Contact'];
export type ManagerSummary = components['schemas']['ManagerSummary'];
export type ContactSearchItem = components['schemas']['ContactSearchItem'];
export type HistoryEntry = components['schemas']['HistoryEntry'];
export type ContactManager = components['schemas']['ContactManager'];
export type Visitor = components['schemas']['Visitor'];
export type VisitorResponse = components['schemas']['VisitorResponse'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterCount = components['parameters']['Count'];
export type ParameterSort = components['parameters']['Sort'];
export type ParameterVisitorId = components['parameters']['VisitorId'];
export type $defs = Record<string, never>;
export interface operations {
    registerContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The contact's name. */
                    name: string;
                    /** @description The contact's e-mail addresses; may be empty. */
                    emails: string[];
                    /** @description The contact's phone numbers; may be empty. */
                    phones: string[];
                    /** @description Values of the workspace's contact custom fields by field name. */
                    customFields?: {
                        [key: string]: unknown;
                    } | null;
                    /** @description The user id of the agent who manages the contact. */
                    contactManager?: string | null;
                };
            };
        };
        responses: {
            /** @description The new contact's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The new contact's id, for example `674eeb4343725ce31dd9bdae`. */
                        contactId?: string;
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /** @description The body is invalid, a custom field is not allowed, or the contact manager is no agent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The contact id. */
                    contactId: string;
                    /** @description The contact's new name. */
                    name?: string;
                    /** @description All of the contact's e-mail addresses, replacing the stored ones. */
                    emails?: string[] | null;
                    /** @description All of the contact's phone numbers, replacing the stored ones. */
                    phones?: string[] | null;
                    /** @description Values of the workspace's contact custom fields by field name. */
                    customFields?: {
                        [key: string]: unknown;
                    } | null;
                    /** @description The user id of the agent who manages the contact. */
                    contactManager?: string | null;
                    /** @description `true` discards the contact's conflicting details. */
                    wipeConflicts?: boolean | null;
                };
            };
        };
        responses: {
            /** @description The contact as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contact?: components["schemas"]["Contact"];
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /** @description The body is invalid, the contact is not found, or the contact manager is no agent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContact: {
        parameters: {
            query: {
                /**
                 * @description The contact id (a contact's `_id`, not a visitor id), for example
                 *     `673653b997f0fbcd657f0ebf`.
                 * @example 673653b997f0fbcd657f0ebf
                 */
                contactId: components["parameters"]["ContactId"];
            };
            header?: never;
            path?: never;
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
                    "application/json": {
                        contact?: components["schemas"]["Contact"];
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /** @description `contactId` is missing or empty, or another query parameter is sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No enabled contact has that id (a visitor id included). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    searchContacts: {
        parameters: {
            query?: {
                /**
                 * @description Text the contact's name, an e-mail address or a phone number contains.
                 * @example John
                 */
                searchText?: string;
                /**
                 * @description Only contacts that are (`true`) or are not (`false`) still unknown.
                 * @example false
                 */
                unknown?: boolean;
                /**
                 * @description How many matching items to skip; `0`, the first item, when left out.
                 * @example 50
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description How many items to answer: the workspace's Default Count (50 unless
                 *     changed) when left out, and at most its Max Record Amount (100 unless
                 *     changed; more is cut to it). `0` answers every matching item at once
                 *     while the workspace allows it, so the paging helpers never send it.
                 * @example 25
                 */
                count?: components["parameters"]["Count"];
                /**
                 * @description The order, as a JSON object of field names in the order they apply, each
                 *     `1` for ascending or `-1` for descending, for example
                 *     `{"value": -1, "_id": 1}`.
                 * @example {"value": -1, "_id": 1}
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path?: never;
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
                    "application/json": {
                        /** @description The page's contacts. */
                        contacts: components["schemas"]["ContactSearchItem"][];
                        /** @description The page size used, not the number of contacts in this page. */
                        count: number;
                        /** @description How many matching contacts were skipped. */
                        offset: number;
                        /** @description How many contacts match in all. */
                        total: number;
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success: true;
                    };
                };
            };
            /** @description A query parameter has the wrong type, or an unknown one is sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactHistory: {
        parameters: {
            query: {
                /**
                 * @description The contact id (a contact's `_id`, not a visitor id), for example
                 *     `673653b997f0fbcd657f0ebf`.
                 * @example 673653b997f0fbcd657f0ebf
                 */
                contactId: components["parameters"]["ContactId"];
                /**
                 * @description The source of the conversations, for example `widget`; a server may ignore it.
                 * @example widget
                 */
                source?: string;
                /**
                 * @description How many matching items to skip; `0`, the first item, when left out.
                 * @example 50
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description How many items to answer: the workspace's Default Count (50 unless
                 *     changed) when left out, and at most its Max Record Amount (100 unless
                 *     changed; more is cut to it). `0` answers every matching item at once
                 *     while the workspace allows it, so the paging helpers never send it.
                 * @example 25
                 */
                count?: components["parameters"]["Count"];
                /**
                 * @description The order, as a JSON object of field names in the order they apply, each
                 *     `1` for ascending or `-1` for descending, for example
                 *     `{"value": -1, "_id": 1}`.
                 * @example {"value": -1, "_id": 1}
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the contact's closed conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The page's conversations. */
                        history: components["schemas"]["HistoryEntry"][];
                        /** @description How many conversations this page holds. */
                        count: number;
                        /** @description How many conversations were skipped. */
                        offset: number;
                        /** @description How many closed conversations the contact has in all. */
                        total: number;
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success: true;
                    };
                };
            };
            /** @description `contactId` is missing or names no contact, or another query parameter is sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactChannels: {
        parameters: {
            query: {
                /**
                 * @description The contact id (a contact's `_id`, not a visitor id), for example
                 *     `673653b997f0fbcd657f0ebf`.
                 * @example 673653b997f0fbcd657f0ebf
                 */
                contactId: components["parameters"]["ContactId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The channels, empty for an unknown contact. */
                        channels?: components["schemas"]["ContactChannel"][];
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /** @description `contactId` is missing, or another query parameter is sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resolveContactConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The contact id. */
                    contactId: string;
                    /** @description The name to keep. */
                    name?: string;
                    /** @description Custom field values to keep, merged into the stored ones. */
                    customFields?: {
                        [key: string]: unknown;
                    };
                    /** @description The user id of the agent to keep as the contact's manager. */
                    contactManager?: string;
                    /** @description `true` discards every conflicting detail. */
                    wipeConflicts?: boolean;
                };
            };
        };
        responses: {
            /** @description The contact as it is now, in `result`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result?: components["schemas"]["Contact"];
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /** @description The body is invalid, the contact is not found or has no conflicts, or the contact manager is no agent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    checkContactExistence: {
        parameters: {
            query?: {
                /**
                 * @description A contact id, for example `673c76df47a6c9b89dd263d8`.
                 * @example 673c76df47a6c9b89dd263d8
                 */
                contactId?: string;
                /**
                 * @description An e-mail address (text with one `@` and something on each side).
                 * @example example@mail.com
                 */
                email?: string;
                /**
                 * @description A phone number.
                 * @example 01234567843
                 */
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether such a contact exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `true` when a contact matches. */
                        exists?: boolean;
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /** @description None of `contactId`, `email` and `phone` is given, more than one is, or a value is empty or malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    blockContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    visitor: components["schemas"]["VisitorRef"];
                };
            };
        };
        responses: {
            /** @description The channel is blocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /**
             * @description The body is invalid, no contact has that visitor's channel (or it is
             *     already as asked), or the server lacks the license module
             *     `contact-id-verification` (`error-action-not-allowed`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unblockContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    visitor: components["schemas"]["VisitorRef"];
                };
            };
        };
        responses: {
            /** @description The channel is unblocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /**
             * @description The body is invalid, no contact has that visitor's channel (or it is
             *     already as asked), or the server lacks the license module
             *     `contact-id-verification` (`error-action-not-allowed`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOmnichannelContact: {
        parameters: {
            query: {
                /**
                 * @description The visitor id to read (despite the parameter's name, not a contact id),
                 *     for example `653f9ce1a2f73c7460e18e82`.
                 * @example 653f9ce1a2f73c7460e18e82
                 */
                contactId: components["parameters"]["VisitorId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visitor, or `contact` `null` when no enabled visitor has that id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorResponse"];
                };
            };
            /** @description The request is invalid, for example `contactId` is missing or another query parameter is sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    registerOmnichannelContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A unique string you choose for the visitor; send it again to update the same visitor. */
                    token: string;
                    /** @description The visitor's name. */
                    name: string;
                    /** @description The visitor's e-mail address; an empty string removes it. */
                    email?: string | null;
                    /** @description The visitor's phone number; an empty string removes it. */
                    phone?: string | null;
                    /** @description The agent who manages the visitor; left out, any manager is removed. */
                    contactManager?: {
                        /** @description The username of a user with the `livechat-agent` role. */
                        username: string;
                    };
                    /**
                     * @description Values of the workspace's visitor custom fields by field
                     *     name; keys that are not custom fields are ignored.
                     */
                    customFields?: {
                        [key: string]: unknown;
                    };
                    /** @description The username of a new visitor; an existing one keeps its generated `guest-N` name. */
                    username?: string;
                    /** @description Accepted and ignored. */
                    _id?: string | null;
                };
            };
        };
        responses: {
            /** @description The visitor id of the visitor created or updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The visitor id (not a contact id), for example `7ipCD6NDtkkRDCiNM`. */
                        contact?: string;
                        /**
                         * @description Always `true` in a `200 OK` answer.
                         * @constant
                         */
                        success?: true;
                    };
                };
            };
            /**
             * @description The request is invalid: a required key is missing or an unknown one
             *     sent (`Match error`), the token is empty, or the contact manager is
             *     no agent.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    searchOmnichannelContact: {
        parameters: {
            query?: {
                /**
                 * @description The visitor's e-mail address.
                 * @example guest@example.com
                 */
                email?: string;
                /**
                 * @description The visitor's phone number.
                 * @example +1367895436
                 */
                phone?: string;
                /**
                 * @description Custom field values to match, as a JSON object of field name to
                 *     value, for example `{"Subscription":"premium"}`; values match
                 *     case-insensitively as parts of the stored value, and names that are
                 *     not visitor custom fields are ignored.
                 *
                 *     Reading: a JSON object, not `fieldName=value`, because the server
                 *     parses it as JSON and Rocket.Chat's own request sends JSON.
                 * @example {"Subscription":"premium"}
                 */
                custom?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visitor found, or `contact` `null` when none matches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorResponse"];
                };
            };
            /** @description None of `email`, `phone` and `custom` is given, or `custom` is not a JSON object. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
