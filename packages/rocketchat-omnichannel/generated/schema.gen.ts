// Generated from specs/rocketchat-omnichannel/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/api/v1/omnichannel/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Omnichannel Contact
         * @description Retrieve a contact's information. Permission required: `view-l-room`.
         *
         *     Send both `X-Auth-Token` and `X-User-Id`; without them the server
         *     answers `401 Unauthorized`. A user without the permission gets
         *     `403 Forbidden`.
         */
        get: operations["getOmnichannelContact"];
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
        /** @description The user who manages the contact. Its field is optional. */
        ContactManager: {
            /**
             * @description The contact manager's username, for example `kim.jane`.
             *
             *     Reading: a non-empty string, because the reference page types it as a
             *     string and an empty username would identify nothing.
             */
            username?: string;
        };
        /** @description A phone number of the contact. Its field is optional. */
        Phone: {
            /**
             * @description The phone number, for example `+91123456788` (international, with a
             *     leading `+`).
             *
             *     Reading: a non-empty string in no fixed format, because the reference
             *     page states no format and an entry with no number would carry nothing.
             */
            phoneNumber?: string;
        };
        /** @description An e-mail address of the contact. Its field is optional. */
        VisitorEmail: {
            /**
             * Format: email
             * @description The contact's e-mail address.
             *
             *     Reading: a valid e-mail address (`format: email`), because the field
             *     holds one, though the reference page types it as a plain string and
             *     hides its example.
             */
            address?: string;
        };
        /**
         * @description An omnichannel contact (a visitor), or `null` when no enabled visitor has
         *     the given id: the server answers that case with `200 OK`. Every field is
         *     optional, so check that a field is there before you use it.
         */
        Contact: {
            /**
             * @description The contact ID, which you pass as `contactId` to read the contact.
             *
             *     Reading: a non-empty string, because the reference page types it as a
             *     string and an empty ID would identify nothing.
             */
            _id?: string;
            /**
             * @description The contact's username, for example `guest-39`.
             *
             *     Reading: a non-empty string, because the reference page types it as a
             *     string and an empty username would identify nothing.
             */
            username?: string;
            /**
             * Format: date-time
             * @description Date and time the contact was created, for example
             *     `2023-10-30T12:09:05.982Z`.
             *
             *     Reading: a `date-time`, because the reference page types it as a
             *     string with no format and its example is an ISO 8601 date-time in UTC.
             */
            ts?: string;
            /**
             * @description The contact's token, the string that identifies the visitor, for
             *     example `434lxd7iss8yh8c4m80wh`.
             *
             *     Reading: a non-empty string, because the reference page types it as a
             *     string and an empty token would identify nothing.
             */
            token?: string;
            /**
             * Format: date-time
             * @description Date and time the contact was last updated, for example
             *     `2023-10-30T13:43:22.044Z`.
             *
             *     Reading: a `date-time`, because the reference page types it as a
             *     string with no format and its example is an ISO 8601 date-time in UTC.
             */
            _updatedAt?: string;
            contactManager?: components["schemas"]["ContactManager"];
            /**
             * @description The contact's custom field values (livechat data).
             *
             *     Reading: an object with no defined keys, because the reference page
             *     types it as an object and shows an empty one.
             */
            livechatData?: Record<string, never>;
            /** @description The contact's name. */
            name?: string;
            /** @description The contact's phone numbers. */
            phone?: components["schemas"]["Phone"][];
            /** @description The contact's e-mail addresses. */
            visitorEmails?: components["schemas"]["VisitorEmail"][];
        } | null;
        /**
         * @description The answer to a contact request: the `contact` (`null` when no enabled
         *     visitor has that id) and `success`. Both fields are optional.
         */
        GetContactResponse: {
            contact?: components["schemas"]["Contact"];
            /**
             * @description Whether the request succeeded: always `true` in a `200 OK` answer.
             *
             *     Reading: always `true`, because the reference page types it as a
             *     boolean, its Success Example shows `true` and every error example
             *     `false`.
             * @constant
             */
            success?: true;
        };
        /**
         * @description The body of a `400 Bad Request` or `403 Forbidden` answer: `success` is
         *     `false` and `error` says what went wrong. Both fields are optional.
         */
        ErrorResponse: {
            /**
             * @description Whether the request succeeded: always `false` in an error answer.
             *
             *     Reading: always `false`, because the reference page types it as a
             *     boolean and every error example shows `false`.
             * @constant
             */
            success?: false;
            /** @description What went wrong, as a message for people. */
            error?: string;
        };
        /**
         * @description The body of a `401 Unauthorized` answer. Unlike the other error bodies, it
         *     has `status` and `message` instead of `success` and `error`; both are
         *     optional.
         */
        AuthorizationError: {
            /**
             * @description The outcome of the request: `error` in the documented example.
             *
             *     Reading: any string rather than an enum, because the reference page
             *     shows only `error` and lists no other values.
             */
            status?: string;
            /** @description What went wrong, as a message for people. */
            message?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The ID of the contact to read: its `_id`, for example
         *     `653f9ce1a2f73c7460e18e82`.
         *
         *     Reading: any string, because the reference page states no format or
         *     length for it.
         * @example 653f9ce1a2f73c7460e18e82
         */
        ContactId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ContactManager = components['schemas']['ContactManager'];
export type Phone = components['schemas']['Phone'];
export type VisitorEmail = components['schemas']['VisitorEmail'];
export type Contact = components['schemas']['Contact'];
export type GetContactResponse = components['schemas']['GetContactResponse'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type AuthorizationError = components['schemas']['AuthorizationError'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    getOmnichannelContact: {
        parameters: {
            query: {
                /**
                 * @description The ID of the contact to read: its `_id`, for example
                 *     `653f9ce1a2f73c7460e18e82`.
                 *
                 *     Reading: any string, because the reference page states no format or
                 *     length for it.
                 * @example 653f9ce1a2f73c7460e18e82
                 */
                contactId: components["parameters"]["ContactId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description OK. The contact's information. When no enabled visitor has that id,
             *     `contact` is `null`: treat that answer as not found.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContactResponse"];
                };
            };
            /** @description Bad Request. The request is invalid, for example `contactId` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized. The `X-Auth-Token` and `X-User-Id` headers are missing or do not identify a logged-in user. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationError"];
                };
            };
            /** @description Forbidden. The user does not have the permission this operation requires. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
