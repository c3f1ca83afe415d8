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
        get?: never;
        put?: never;
        /**
         * Create contact
         * @description Create a new contact in the account. If one of the provided addresses
         *     already belongs to a contact, the new one is merged into it and the
         *     answer is `200 OK`; otherwise it is `201 Created`. If the addresses
         *     match more than one contact, the answer is `409 Conflict`.
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
                 * @description The contact's `id`, as the create answer returned it.
                 *
                 *     Reading: an integer, because the reference page gives this parameter no
                 *     type and a contact's `id` is an integer.
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
        /** @description A group to add the contact to, named by its `id`. */
        GroupReference: {
            /**
             * Format: int64
             * @description The group's `id`.
             */
            id: number;
        };
        /**
         * @description The contact's addresses: where the contact can be reached. Each address is
         *     optional, but send at least one.
         */
        Addresses: {
            /**
             * @description The contact's phone number (MSISDN), in international format, or in
             *     national format together with the contact's `country`.
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
             *
             *     Reading: a valid e-mail address (`format: email`), because the
             *     reference pages show it as `user@example.com`, the placeholder of that
             *     format.
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
         * @description The contact to create. Only `addresses` is required, with at least one
         *     address in it.
         */
        CreateContactRequest: {
            /** @description First name of the contact. */
            firstName?: string;
            /** @description Last name of the contact. */
            lastName?: string;
            /** @description Identifier of the contact in your own system. */
            externalId?: string;
            /**
             * @description The contact's country, as an Alpha-2 country code (two letters, for
             *     example `US`). Send it when `addresses.msisdn` is in national format.
             */
            country?: string;
            /** @description Groups to add the contact to. */
            groups?: components["schemas"]["GroupReference"][];
            addresses: components["schemas"]["Addresses"];
        };
        /**
         * @description A group the contact belongs to: its id, name, description, number of
         *     contacts, creation time, and whether it is a blacklist.
         *
         *     Reading: `name` and `description` are non-empty, because the reference
         *     pages mark two group fields non-empty without naming them, and these are
         *     the group's two text fields.
         */
        Group: {
            /**
             * Format: int64
             * @description Group identifier.
             */
            id?: number;
            /** @description Number of contacts in the group. */
            contacts?: number;
            /** @description Date and time the group was created. */
            createdAt?: string;
            /** @description Name of the group. */
            name?: string;
            /** @description Description of the group. */
            description?: string;
            /** @description Whether the group is a blacklist. */
            isBlacklist?: boolean;
        };
        /**
         * @description A contact as the API returns it: the fields it was created with, plus the
         *     `id` and `createdAt` that 8x8 assigns and the full record of each group.
         */
        Contact: {
            /**
             * Format: int64
             * @description Contact identifier, assigned by 8x8.
             */
            id?: number;
            /** @description Date and time the contact was created. */
            createdAt?: string;
            /** @description First name of the contact. */
            firstName?: string;
            /** @description Last name of the contact. */
            lastName?: string;
            /** @description Identifier of the contact in your own system. */
            externalId?: string;
            /** @description Country of the contact, as an Alpha-2 country code. */
            country?: string;
            /** @description Groups the contact belongs to. */
            groups?: components["schemas"]["Group"][];
            addresses: components["schemas"]["Addresses"];
            /**
             * @description Custom attributes of the contact.
             *
             *     Reading: an object with no defined keys, because the reference pages
             *     show only an empty object.
             */
            customAttributes?: Record<string, never>;
        };
        /**
         * @description The error body that 8x8 CPaaS APIs share: a numeric `code`, a `message`, an
         *     `errorId` to quote to 8x8 support, and a `timestamp`.
         *
         *     Reading: every field is optional, because the reference pages mark none as
         *     required, though every example carries all four.
         */
        ErrorResponse: {
            /** @description The error code, for example `1002` for a phone number that is not in E.164 format. */
            code?: number;
            /** @description What went wrong, as a message for people. */
            message?: string;
            /** @description Unique id of this error. Quote it when you ask 8x8 support about the request. */
            errorId?: string;
            /** @description Date and time the error occurred. */
            timestamp?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The id of the 8x8 CPaaS account that holds the contacts: 32 hexadecimal
         *     digits, which may be hyphenated like a UUID.
         * @example 0f8fad5b-d9cb-469f-a165-70867728950e
         */
        AccountId: string;
        /**
         * @description The contact's `id`, as the create answer returned it.
         *
         *     Reading: an integer, because the reference page gives this parameter no
         *     type and a contact's `id` is an integer.
         * @example 41764986
         */
        ContactId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type GroupReference = components['schemas']['GroupReference'];
export type Addresses = components['schemas']['Addresses'];
export type CreateContactRequest = components['schemas']['CreateContactRequest'];
export type Group = components['schemas']['Group'];
export type Contact = components['schemas']['Contact'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ParameterAccountId = components['parameters']['AccountId'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
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
                /**
                 * @example {
                 *       "externalId": "87668",
                 *       "country": "US",
                 *       "groups": [
                 *         {
                 *           "id": 8199
                 *         }
                 *       ],
                 *       "addresses": {
                 *         "msisdn": "16511112222"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /**
             * @description The contact was merged with an existing contact that has one of the
             *     provided addresses. The body is the resulting contact.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41764986,
                     *       "createdAt": "2022-04-18T07:39:55.52Z",
                     *       "firstName": "John",
                     *       "lastName": "Doe",
                     *       "externalId": "87668",
                     *       "country": "US",
                     *       "groups": [
                     *         {
                     *           "id": 8199,
                     *           "contacts": 1,
                     *           "createdAt": "2022-04-13T08:41:47.82Z",
                     *           "name": "some group",
                     *           "description": "General",
                     *           "isBlacklist": false
                     *         }
                     *       ],
                     *       "addresses": {
                     *         "msisdn": "16511112222",
                     *         "email": "john.doe@example.com"
                     *       },
                     *       "customAttributes": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The contact was created. The body is the new contact, with its `id`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41764986,
                     *       "createdAt": "2022-04-18T07:39:55.52Z",
                     *       "externalId": "87668",
                     *       "country": "US",
                     *       "groups": [
                     *         {
                     *           "id": 8199,
                     *           "contacts": 1,
                     *           "createdAt": "2022-04-13T08:41:47.82Z",
                     *           "name": "some group",
                     *           "description": "General",
                     *           "isBlacklist": false
                     *         }
                     *       ],
                     *       "addresses": {
                     *         "msisdn": "16511112222"
                     *       },
                     *       "customAttributes": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /**
             * @description The request is invalid, for example a phone number that is not in
             *     E.164 international format or a sub-account that is not in your
             *     account. `code` and `message` say what is wrong.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the provided addresses match more than one existing contact. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 1001,
                     *       "message": "Provided subAccountId doesn't belongs to your account",
                     *       "errorId": "91b106f0-c0da-4aba-a43a-7af9c5893a80",
                     *       "timestamp": "2017-04-19T02:31:19.4297387+00:00"
                     *     }
                     */
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
                 * @description The contact's `id`, as the create answer returned it.
                 *
                 *     Reading: an integer, because the reference page gives this parameter no
                 *     type and a contact's `id` is an integer.
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
                    /**
                     * @example {
                     *       "id": 41764986,
                     *       "createdAt": "2022-04-18T07:39:55.52Z",
                     *       "firstName": "John",
                     *       "lastName": "Doe",
                     *       "externalId": "87668",
                     *       "country": "US",
                     *       "groups": [
                     *         {
                     *           "id": 8199,
                     *           "contacts": 1,
                     *           "createdAt": "2022-04-13T08:41:47.82Z",
                     *           "name": "some group",
                     *           "description": "General",
                     *           "isBlacklist": false
                     *         }
                     *       ],
                     *       "addresses": {
                     *         "msisdn": "16511112222",
                     *         "email": "john.doe@example.com"
                     *       },
                     *       "customAttributes": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Not found: the entity the request names, for example the contact, doesn't exist. */
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
}
