public import LocksmithAPI
import LocksmithStorage

/// Orders and subscriptions mirrored from external commerce systems, filed under a product.
///
/// Lists of a product that does not exist are empty rather than 404: the contract documents no 404 for them.
public struct CommerceHandlers: CommerceAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    // MARK: Orders

    public func listProductOrders(_ input: Operations.ListProductOrders.Input, context: HandlerContext) async throws -> Operations.ListProductOrders.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try OrderStore.page(productID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createOrder(_ input: Operations.CreateOrder.Input, context: HandlerContext) async throws -> Operations.CreateOrder.Output {
        let body = input.body
        let change = services.change(by: context)
        let now = change.date
        try CommerceChecks.externalReference(system: body.externalSystem, id: body.externalID)
        let order = Order(
            id: ResourceID.make("ord", at: now), productID: input.id, customerID: CommerceChecks.link(body.customerID),
            subscriptionID: CommerceChecks.link(body.subscriptionID), externalSystem: body.externalSystem, externalID: body.externalID,
            status: body.status, periodStart: body.periodStart?.wholeMilliseconds, periodEnd: body.periodEnd?.wholeMilliseconds,
            metadata: try Validate.metadata(body.metadata), createdAt: now, updatedAt: now)
        try CommerceChecks.orderPeriod(start: order.periodStart, end: order.periodEnd)
        try await services.write(context) { connection in
            try ProductStore.require(id: order.productID, on: connection)
            try CommerceChecks.requireCustomer(order.customerID, on: connection)
            try CommerceChecks.requireSubscription(order.subscriptionID, ofProduct: order.productID, on: connection)
            try OrderStore.insert(order, on: connection)
            try change.record(.orderCreated(order), on: connection)
        }
        return .created(order)
    }

    public func getOrder(_ input: Operations.GetOrder.Input, context: HandlerContext) async throws -> Operations.GetOrder.Output {
        let order = try await services.database.read(account: context.accountID) { connection in
            try OrderStore.find(id: input.id, on: connection)
        }
        guard let order else { throw APIError.notFound("order", id: input.id) }
        return .ok(order)
    }

    public func updateOrder(_ input: Operations.UpdateOrder.Input, context: HandlerContext) async throws -> Operations.UpdateOrder.Output {
        let body = input.body
        let change = services.change(by: context)
        let now = change.date
        try CommerceChecks.externalReference(system: body.externalSystem, id: body.externalID)
        let metadata = try body.metadata.map { try Validate.metadata($0) }
        let update = { @Sendable (order: inout Order) in
            if let customerID = body.customerID { order.customerID = CommerceChecks.link(customerID.wrapped) }
            if let subscriptionID = body.subscriptionID { order.subscriptionID = CommerceChecks.link(subscriptionID.wrapped) }
            if let externalSystem = body.externalSystem { order.externalSystem = externalSystem }
            if let externalID = body.externalID { order.externalID = externalID }
            if let status = body.status { order.status = status }
            if let periodStart = body.periodStart { order.periodStart = periodStart.wrapped?.wholeMilliseconds }
            if let periodEnd = body.periodEnd { order.periodEnd = periodEnd.wrapped?.wholeMilliseconds }
            if let metadata { order.metadata = metadata }
            order.updatedAt = now
        }
        let updated = try await services.write(context) { connection in
            guard var order = try OrderStore.find(id: input.id, locking: true, on: connection) else {
                throw APIError.notFound("order", id: input.id)
            }
            update(&order)
            try CommerceChecks.orderPeriod(start: order.periodStart, end: order.periodEnd)
            try CommerceChecks.requireCustomer(order.customerID, on: connection)
            try CommerceChecks.requireSubscription(order.subscriptionID, ofProduct: order.productID, on: connection)
            try OrderStore.update(order, request: body, on: connection)
            try change.record(.orderUpdated(order, body), on: connection)
            return order
        }
        return .ok(updated)
    }

    // MARK: Subscriptions

    public func listProductSubscriptions(
        _ input: Operations.ListProductSubscriptions.Input, context: HandlerContext
    ) async throws -> Operations.ListProductSubscriptions.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try SubscriptionStore.page(productID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createSubscription(_ input: Operations.CreateSubscription.Input, context: HandlerContext) async throws -> Operations.CreateSubscription.Output {
        let body = input.body
        let change = services.change(by: context)
        let now = change.date
        try CommerceChecks.externalReference(system: body.externalSystem, id: body.externalID)
        let subscription = Subscription(
            id: ResourceID.make("sub", at: now), productID: input.id, customerID: CommerceChecks.link(body.customerID),
            externalSystem: body.externalSystem, externalID: body.externalID, status: body.status,
            currentPeriodStart: body.currentPeriodStart.wholeMilliseconds, currentPeriodEnd: body.currentPeriodEnd.wholeMilliseconds,
            cancelAtPeriodEnd: body.cancelAtPeriodEnd ?? false, canceledAt: body.canceledAt?.wholeMilliseconds,
            metadata: try Validate.metadata(body.metadata), createdAt: now, updatedAt: now)
        try CommerceChecks.subscription(
            status: subscription.status, canceledAt: subscription.canceledAt, periodStart: subscription.currentPeriodStart,
            periodEnd: subscription.currentPeriodEnd)
        try await services.write(context) { connection in
            try ProductStore.require(id: subscription.productID, on: connection)
            try CommerceChecks.requireCustomer(subscription.customerID, on: connection)
            try SubscriptionStore.insert(subscription, on: connection)
            try change.record(.subscriptionCreated(subscription), on: connection)
        }
        return .created(subscription)
    }

    public func getSubscription(_ input: Operations.GetSubscription.Input, context: HandlerContext) async throws -> Operations.GetSubscription.Output {
        let subscription = try await services.database.read(account: context.accountID) { connection in
            try SubscriptionStore.find(id: input.id, on: connection)
        }
        guard let subscription else { throw APIError.notFound("subscription", id: input.id) }
        return .ok(subscription)
    }

    public func updateSubscription(_ input: Operations.UpdateSubscription.Input, context: HandlerContext) async throws -> Operations.UpdateSubscription.Output {
        let body = input.body
        let change = services.change(by: context)
        let now = change.date
        try CommerceChecks.externalReference(system: body.externalSystem, id: body.externalID)
        let metadata = try body.metadata.map { try Validate.metadata($0) }
        let update = { @Sendable (subscription: inout Subscription) in
            if let customerID = body.customerID { subscription.customerID = CommerceChecks.link(customerID.wrapped) }
            if let externalSystem = body.externalSystem { subscription.externalSystem = externalSystem }
            if let externalID = body.externalID { subscription.externalID = externalID }
            if let status = body.status { subscription.status = status }
            if let start = body.currentPeriodStart { subscription.currentPeriodStart = start.wholeMilliseconds }
            if let end = body.currentPeriodEnd { subscription.currentPeriodEnd = end.wholeMilliseconds }
            if let cancelAtPeriodEnd = body.cancelAtPeriodEnd { subscription.cancelAtPeriodEnd = cancelAtPeriodEnd }
            if let canceledAt = body.canceledAt { subscription.canceledAt = canceledAt.wrapped?.wholeMilliseconds }
            if let metadata { subscription.metadata = metadata }
            subscription.updatedAt = now
        }
        let updated = try await services.write(context) { connection in
            guard var subscription = try SubscriptionStore.find(id: input.id, locking: true, on: connection) else {
                throw APIError.notFound("subscription", id: input.id)
            }
            update(&subscription)
            try CommerceChecks.subscription(
                status: subscription.status, canceledAt: subscription.canceledAt, periodStart: subscription.currentPeriodStart,
                periodEnd: subscription.currentPeriodEnd)
            try CommerceChecks.requireCustomer(subscription.customerID, on: connection)
            try SubscriptionStore.update(subscription, request: body, on: connection)
            try change.record(.subscriptionUpdated(subscription, body), on: connection)
            try SubscriptionLicenses.follow(subscription, change: change, on: connection)
            return subscription
        }
        return .ok(updated)
    }
}
